export interface RestControls {
  noScope: boolean;
  denied: string[];
  expired: false | 'once' | 'always';
  rateLimited: boolean;
  hang: boolean;
  dropped: boolean;
}
export interface RestRequest {
  method: string;
  /** 'legacy' (form body to /rest/m.json), 'json' (b24jssdk), 'preflight' (an OPTIONS request). */
  kind: string;
  auth?: string;
  status?: number;
  /** A batch's rows, e.g. `crm.item.get?entityTypeId=3&id=797`. */
  commands?: string[];
}
export interface RestAnswer {
  status: number;
  body: unknown;
  /** Cut the connection instead of answering. */
  drop?: boolean;
}
export declare function itemKey(ref: string): string | undefined;
export declare function formEncode(data: unknown, prefix?: string): string;
export declare function parseQuery(text: string): Record<string, unknown>;
export declare const CRM_FIXTURE: Record<string, Record<string, unknown>>;
export declare const NO_FAILURES: Readonly<RestControls>;
export declare class RestPortal {
  controls: RestControls;
  tokens: Map<string, { expired: boolean }>;
  requests: RestRequest[];
  issue(): { AUTH_ID: string; REFRESH_ID: string; AUTH_EXPIRES: string };
  set(changes?: Partial<RestControls>): { controls: RestControls; requests: RestRequest[] };
  state(): { controls: RestControls; requests: RestRequest[] };
  count(method?: string): number;
  answer(method: string, params: unknown, kind?: string): RestAnswer | undefined;
}
