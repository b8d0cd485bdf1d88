export declare const PG_BIN: string;
export declare const PG_OS_USER: string;
export declare function serverRunFor(
  databaseUrl: string | undefined,
): { kind: 'throwaway' } | { kind: 'none' } | { kind: 'given'; url: string };
export declare function canStartPostgres(): boolean;
export interface ThrowawayPostgres {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  remove(): Promise<void>;
}
export declare function startThrowawayPostgres(options?: { maxConnections?: number }): Promise<ThrowawayPostgres>;

/** A free port on loopback, for a server that must be told its port before it starts. */
export declare function freePort(): Promise<number>;
