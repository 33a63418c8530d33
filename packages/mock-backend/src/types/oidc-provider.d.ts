/**
 * oidc-provider ships no type declarations. This declares the small part of its API the mock
 * uses; values passed to and from the library are deliberately loose (`any`-free but `unknown`
 * where we do not look inside).
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface KoaContextLike {
    method: string;
    path: string;
    status: number;
    body: unknown;
    type: string;
    ip: string;
    req: IncomingMessage;
    res: ServerResponse;
    host: string;
    set(field: string, value: string): void;
    get(field: string): string;
    remove(field: string): void;
    oidc: OidcContext;
  }

  export interface SessionLike {
    uid: string;
    accountId?: string;
    authorizations?: Record<string, { grantId?: string }>;
    grantIdFor(clientId: string): string | undefined;
  }

  export interface ClientLike {
    clientId: string;
    clientAuthMethod: string;
    grantTypeAllowed(type: string): boolean;
  }

  export interface TokenLike {
    grantId?: string;
    sessionUid?: string;
    accountId?: string;
    scope?: string;
  }

  export interface OidcContext {
    route: string;
    params: Record<string, string | undefined>;
    session: SessionLike;
    client: ClientLike;
    result?: Record<string, unknown> & { login?: { accountId: string } };
    requestParamOIDCScopes: Set<string>;
    requestParamScopes: Set<string>;
    resourceServers?: Record<string, unknown>;
    entities: Record<string, unknown>;
    provider: Provider;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, string | undefined>;
    session?: { uid: string; accountId: string };
    grantId?: string;
    lastSubmission?: Record<string, unknown>;
  }

  export interface GrantInstance {
    jti: string;
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    save(ttl?: number): Promise<string>;
  }

  export class Check {
    constructor(reason: string, description: string, check: (ctx: KoaContextLike) => boolean | Promise<boolean>);
    constructor(reason: string, description: string, error: string, check: (ctx: KoaContextLike) => boolean | Promise<boolean>);
    static REQUEST_PROMPT: true;
    static NO_NEED_TO_PROMPT: false;
  }

  export interface PromptLike {
    name: string;
    checks: Check[];
  }

  export const interactionPolicy: {
    Check: typeof Check;
    base(): PromptLike[] & { get(name: string): PromptLike | undefined };
  };

  export const errors: Record<string, new (description?: string) => Error> & {
    InvalidTarget: new (description?: string) => Error;
    SessionNotFound: new (description?: string) => Error;
  };

  export interface ClientClass {
    prototype: {
      redirectUriAllowed(uri: string): boolean;
      postLogoutRedirectUriAllowed(uri: string): boolean;
    };
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    issuer: string;
    proxy: boolean;
    Client: ClientClass;
    Grant: {
      new (init: { clientId: string; accountId: string }): GrantInstance;
      find(id: string): Promise<GrantInstance | undefined>;
    };
    RefreshToken: { find(value: string): Promise<unknown> };
    use(fn: (ctx: KoaContextLike, next: () => Promise<void>) => Promise<void> | void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
  }
}
