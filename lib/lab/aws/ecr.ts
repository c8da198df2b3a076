import { fail } from "../errors";
import type { Repository } from "../types";
import { type Ctx, type Handler, iso, record, records, str } from "./context";

// ECR's own rule for repository names (CreateRepository API reference).
const REPOSITORY_NAME =
  /^(?=.{2,256}$)(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** The registry's host name: `<account>.dkr.ecr.<region>.amazonaws.com`. */
export const registryHost = (ctx: Ctx) =>
  `${ctx.account.accountId}.dkr.ecr.${ctx.region}.amazonaws.com`;

export function findRepository(ctx: Ctx, name: unknown): Repository | undefined {
  return ctx.account.repositories.find((r) => r.repositoryName === str(name));
}

function requireRepository(ctx: Ctx, name: unknown): Repository {
  const repository = findRepository(ctx, name);
  if (!repository) {
    fail(
      "RepositoryNotFoundException",
      `The repository with name '${str(name) ?? ""}' does not exist in the registry with id '${ctx.account.accountId}'`,
    );
  }
  return repository;
}

function describeRepository(repository: Repository) {
  return {
    repositoryArn: repository.repositoryArn,
    registryId: repository.registryId,
    repositoryName: repository.repositoryName,
    repositoryUri: repository.repositoryUri,
    createdAt: iso(repository.createdAt),
    imageTagMutability: repository.imageTagMutability,
    imageScanningConfiguration: { scanOnPush: repository.scanOnPush },
    encryptionConfiguration: { encryptionType: "AES256" },
  };
}

const createRepository: Handler = (ctx, p) => {
  const name = str(p.repositoryName) ?? "";
  if (!REPOSITORY_NAME.test(name)) {
    fail(
      "InvalidParameterException",
      `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*''`,
    );
  }
  if (findRepository(ctx, name)) {
    fail(
      "RepositoryAlreadyExistsException",
      `The repository with name '${name}' already exists in the registry with id '${ctx.account.accountId}'`,
    );
  }
  const mutability = str(p.imageTagMutability) ?? "MUTABLE";
  if (mutability !== "MUTABLE" && mutability !== "IMMUTABLE") {
    fail(
      "ValidationException",
      `1 validation error detected: Value '${mutability}' at 'imageTagMutability' failed to satisfy constraint: Member must satisfy enum value set: [MUTABLE, IMMUTABLE]`,
    );
  }
  const repository: Repository = {
    repositoryName: name,
    repositoryArn: `arn:aws:ecr:${ctx.region}:${ctx.account.accountId}:repository/${name}`,
    repositoryUri: `${registryHost(ctx)}/${name}`,
    registryId: ctx.account.accountId,
    createdAt: ctx.state.now,
    imageTagMutability: mutability,
    scanOnPush: record(p.imageScanningConfiguration).scanOnPush === true,
    images: [],
  };
  ctx.account.repositories.push(repository);
  return { repository: describeRepository(repository) };
};

const deleteRepository: Handler = (ctx, p) => {
  const repository = requireRepository(ctx, p.repositoryName);
  if (repository.images.length > 0 && p.force !== true) {
    fail(
      "RepositoryNotEmptyException",
      `The repository with name '${repository.repositoryName}' in registry with id '${ctx.account.accountId}' cannot be deleted because it still contains images`,
    );
  }
  ctx.account.repositories = ctx.account.repositories.filter((r) => r !== repository);
  return { repository: describeRepository(repository) };
};

const describeRepositories: Handler = (ctx, p) => {
  const names = Array.isArray(p.repositoryNames) ? (p.repositoryNames as unknown[]) : undefined;
  const repositories = names
    ? names.map((name) => requireRepository(ctx, name))
    : ctx.account.repositories;
  return { repositories: repositories.map(describeRepository) };
};

function selectImages(repository: Repository, imageIds: unknown) {
  const ids = records(imageIds);
  if (ids.length === 0) return repository.images;
  return repository.images.filter((image) =>
    ids.some(
      (id) =>
        (id.imageDigest && id.imageDigest === image.imageDigest) ||
        (id.imageTag && image.imageTags.includes(String(id.imageTag))),
    ),
  );
}

const describeImages: Handler = (ctx, p) => {
  const repository = requireRepository(ctx, p.repositoryName);
  const ids = records(p.imageIds);
  const images = selectImages(repository, p.imageIds);
  if (ids.length && images.length === 0) {
    const id = ids[0]!;
    fail(
      "ImageNotFoundException",
      `The image with imageId {imageDigest:'${id.imageDigest ?? "null"}', imageTag:'${id.imageTag ?? "null"}'} does not exist within the repository with name '${repository.repositoryName}' in the registry with id '${ctx.account.accountId}'`,
    );
  }
  return {
    imageDetails: images.map((image) => ({
      registryId: repository.registryId,
      repositoryName: repository.repositoryName,
      imageDigest: image.imageDigest,
      ...(image.imageTags.length ? { imageTags: image.imageTags } : {}),
      imageSizeInBytes: image.imageSizeInBytes,
      imagePushedAt: iso(image.imagePushedAt),
      ...(repository.scanOnPush
        ? {
            imageScanStatus: {
              status: "COMPLETE",
              description: "The scan was completed successfully.",
            },
          }
        : {}),
      imageManifestMediaType: "application/vnd.docker.distribution.manifest.v2+json",
      artifactMediaType: "application/vnd.docker.container.image.v1+json",
    })),
  };
};

const listImages: Handler = (ctx, p) => {
  const repository = requireRepository(ctx, p.repositoryName);
  return {
    imageIds: repository.images.flatMap((image) =>
      image.imageTags.length
        ? image.imageTags.map((tag) => ({ imageDigest: image.imageDigest, imageTag: tag }))
        : [{ imageDigest: image.imageDigest }],
    ),
  };
};

const batchDeleteImage: Handler = (ctx, p) => {
  const repository = requireRepository(ctx, p.repositoryName);
  const imageIds = [];
  const failures = [];
  for (const id of records(p.imageIds)) {
    const tag = str(id.imageTag);
    const digest = str(id.imageDigest);
    const image = repository.images.find((i) =>
      digest ? i.imageDigest === digest : tag ? i.imageTags.includes(tag) : false,
    );
    if (!image) {
      failures.push({
        imageId: id,
        failureCode: "ImageNotFound",
        failureReason: "Requested image not found",
      });
      continue;
    }
    if (tag && !digest) {
      image.imageTags = image.imageTags.filter((t) => t !== tag);
      if (image.imageTags.length === 0)
        repository.images = repository.images.filter((i) => i !== image);
    } else {
      repository.images = repository.images.filter((i) => i !== image);
    }
    imageIds.push({ imageDigest: image.imageDigest, ...(tag ? { imageTag: tag } : {}) });
  }
  return { imageIds, failures };
};

const putImageTagMutability: Handler = (ctx, p) => {
  const repository = requireRepository(ctx, p.repositoryName);
  const value = str(p.imageTagMutability);
  if (value !== "MUTABLE" && value !== "IMMUTABLE") {
    fail(
      "ValidationException",
      `1 validation error detected: Value '${value ?? ""}' at 'imageTagMutability' failed to satisfy constraint: Member must satisfy enum value set: [MUTABLE, IMMUTABLE]`,
    );
  }
  repository.imageTagMutability = value;
  return {
    registryId: repository.registryId,
    repositoryName: repository.repositoryName,
    imageTagMutability: value,
  };
};

const putImageScanningConfiguration: Handler = (ctx, p) => {
  const repository = requireRepository(ctx, p.repositoryName);
  repository.scanOnPush = record(p.imageScanningConfiguration).scanOnPush === true;
  return {
    registryId: repository.registryId,
    repositoryName: repository.repositoryName,
    imageScanningConfiguration: { scanOnPush: repository.scanOnPush },
  };
};

const describeImageScanFindings: Handler = (ctx, p) => {
  const repository = requireRepository(ctx, p.repositoryName);
  const id = record(p.imageId);
  const image = selectImages(repository, [id])[0];
  if (!image) {
    fail(
      "ImageNotFoundException",
      `The image with imageId {imageDigest:'${id.imageDigest ?? "null"}', imageTag:'${id.imageTag ?? "null"}'} does not exist within the repository with name '${repository.repositoryName}' in the registry with id '${ctx.account.accountId}'`,
    );
  }
  if (!repository.scanOnPush) {
    fail(
      "ScanNotFoundException",
      `Image scan does not exist for image with '{imageDigest:'${image.imageDigest}', imageTag:'${image.imageTags[0] ?? "null"}'}' in the repository with name '${repository.repositoryName}' in the registry with id '${ctx.account.accountId}'`,
    );
  }
  return {
    registryId: repository.registryId,
    repositoryName: repository.repositoryName,
    imageId: { imageDigest: image.imageDigest, imageTag: image.imageTags[0] },
    imageScanStatus: { status: "COMPLETE", description: "The scan was completed successfully." },
    imageScanFindings: {
      imageScanCompletedAt: iso(image.imagePushedAt + 20_000),
      vulnerabilitySourceUpdatedAt: iso(image.imagePushedAt - 86_400_000),
      findingSeverityCounts: {},
      findings: [],
    },
  };
};

/** The password `get-login-password` prints: what `docker login` accepts for 12 hours. */
export function loginToken(ctx: Ctx): string {
  const payload = JSON.stringify({
    payload: "lab",
    account: ctx.account.accountId,
    expiration: ctx.state.now + 12 * 3600 * 1000,
  });
  // Base64 of a JSON object, so it starts with `eyJ` like the real token.
  return btoa(payload);
}

/** Reads a token `loginToken` made; undefined for anything else. */
export function readLoginToken(token: string): { account: string; expiration: number } | undefined {
  if (!token.startsWith("eyJ")) return undefined;
  try {
    const value = JSON.parse(atob(token)) as { account?: unknown; expiration?: unknown };
    if (typeof value.account !== "string" || typeof value.expiration !== "number") return undefined;
    return { account: value.account, expiration: value.expiration };
  } catch {
    return undefined;
  }
}

const getLoginPassword: Handler = (ctx) => loginToken(ctx);

/** ECR operations the lab answers, by API name (and the CLI's own `get-login-password`). */
export const ecrHandlers: Record<string, Handler> = {
  BatchDeleteImage: batchDeleteImage,
  CreateRepository: createRepository,
  DeleteRepository: deleteRepository,
  DescribeImageScanFindings: describeImageScanFindings,
  DescribeImages: describeImages,
  DescribeRepositories: describeRepositories,
  GetLoginPassword: getLoginPassword,
  ListImages: listImages,
  PutImageScanningConfiguration: putImageScanningConfiguration,
  PutImageTagMutability: putImageTagMutability,
};
