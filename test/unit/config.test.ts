import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';

/** Asserts loadConfig(env) throws a ConfigError whose message names `variable`. */
function assertConfigError(env: NodeJS.ProcessEnv, variable: string | RegExp) {
  assert.throws(
    () => loadConfig(env),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
      if (typeof variable === 'string')
        assert.ok(error.message.includes(variable), `message names ${variable}: ${error.message}`);
      else assert.match(error.message, variable);
      return true;
    },
  );
}

describe('loadConfig defaults', () => {
  test('an empty environment gives an embedded database in ./data/pglite on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    assert.equal(config.env, 'development');
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3000);
    assert.equal(config.logLevel, 'info');
    assert.equal(config.dataDir, path.resolve('./data'));
    assert.deepEqual(config.database, { kind: 'pglite', dataDir: path.resolve('./data/pglite') });
    assert.equal(config.publicUrl, 'http://localhost:3000');
    assert.equal(config.demoData, true);
    assert.equal(config.admin, null);
    assert.equal(config.trustProxy, false);
    assert.equal(config.cookieSecure, false);
  });

  test('loadConfig reads only the environment it is given', () => {
    const config = loadConfig({ PORT: '4123' });
    assert.equal(config.port, 4123);
    assert.equal(config.publicUrl, 'http://localhost:4123');
  });

  test('empty strings count as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '', ADMIN_EMAIL: '', ADMIN_PASSWORD: '', DATA_DIR: '' });
    assert.equal(config.port, 3000);
    assert.equal(config.database.kind, 'pglite');
    assert.equal(config.admin, null);
  });

  test('DATA_DIR moves the embedded database along', () => {
    const config = loadConfig({ DATA_DIR: '/var/lib/slotwise' });
    assert.equal(config.dataDir, '/var/lib/slotwise');
    assert.deepEqual(config.database, { kind: 'pglite', dataDir: '/var/lib/slotwise/pglite' });
  });
});

describe('DATABASE_URL', () => {
  test('a postgres:// URL selects PostgreSQL with the default pool size, statements prepared', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://slotwise@db.internal:5432/slotwise' });
    assert.deepEqual(config.database, {
      kind: 'postgres',
      url: 'postgres://slotwise@db.internal:5432/slotwise',
      poolMax: 10,
      preparedStatements: true,
      waitSeconds: 60,
    });
  });

  test('postgresql:// works too; DATABASE_POOL_MAX sets the pool, DATABASE_PREPARED_STATEMENTS the naming', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://u:p@localhost/x',
      DATABASE_POOL_MAX: '25',
      DATABASE_PREPARED_STATEMENTS: 'false',
      DATABASE_WAIT_SECONDS: '5',
    });
    assert.deepEqual(config.database, {
      kind: 'postgres',
      url: 'postgresql://u:p@localhost/x',
      poolMax: 25,
      preparedStatements: false,
      waitSeconds: 5,
    });
    assertConfigError(
      { DATABASE_URL: 'postgres://u@localhost/x', DATABASE_WAIT_SECONDS: '-1' },
      'DATABASE_WAIT_SECONDS',
    );
    assertConfigError(
      { DATABASE_URL: 'postgres://u@localhost/x', DATABASE_PREPARED_STATEMENTS: 'sometimes' },
      'DATABASE_PREPARED_STATEMENTS',
    );
  });

  test('a URL that is not postgres is refused, naming the variable', () => {
    assertConfigError({ DATABASE_URL: 'mysql://root@localhost/slotwise' }, 'DATABASE_URL');
    assertConfigError({ DATABASE_URL: 'localhost:5432' }, 'DATABASE_URL');
  });

  test('a bad pool size is refused, naming the variable', () => {
    assertConfigError({ DATABASE_URL: 'postgres://x/y', DATABASE_POOL_MAX: '0' }, 'DATABASE_POOL_MAX');
    assertConfigError({ DATABASE_URL: 'postgres://x/y', DATABASE_POOL_MAX: 'many' }, 'DATABASE_POOL_MAX');
  });
});

describe('PORT', () => {
  test('non-numbers, fractions and out-of-range ports are refused, naming PORT', () => {
    for (const PORT of ['abc', '3000abc', '80.5', '-1', '65536', '99999']) {
      assertConfigError({ PORT }, /^Invalid configuration:\n\s+PORT: /m);
    }
  });

  test('a blank PORT counts as unset: the default port, never port 0 (a random port)', () => {
    assert.equal(loadConfig({ PORT: ' ' }).port, 3000);
    assertConfigError({ PORT: '0x10' }, 'PORT');
    assertConfigError({ PORT: '1e3' }, 'PORT');
  });

  test('valid ports are read as numbers', () => {
    assert.equal(loadConfig({ PORT: '8080' }).port, 8080);
    assert.equal(loadConfig({ PORT: '65535' }).port, 65535);
  });

  test('several bad variables are all named at once', () => {
    assert.throws(
      () => loadConfig({ PORT: 'x', DATABASE_URL: 'http://nope', LOG_LEVEL: 'loud' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.message.includes('PORT') &&
        error.message.includes('DATABASE_URL') &&
        error.message.includes('LOG_LEVEL'),
    );
  });
});

describe('other variables', () => {
  test('ADMIN_EMAIL without ADMIN_PASSWORD is refused, and the other way round', () => {
    assertConfigError({ ADMIN_EMAIL: 'owner@example.test' }, /ADMIN_EMAIL and ADMIN_PASSWORD must be set together/);
    assertConfigError(
      { ADMIN_PASSWORD: 'long-enough-password' },
      /ADMIN_EMAIL and ADMIN_PASSWORD must be set together/,
    );
  });

  test('ADMIN_EMAIL with ADMIN_PASSWORD gives an admin with a lower-cased email', () => {
    const config = loadConfig({ ADMIN_EMAIL: 'Owner@Example.TEST', ADMIN_PASSWORD: 'long-enough-password' });
    assert.deepEqual(config.admin, { email: 'owner@example.test', password: 'long-enough-password' });
  });

  test('a short ADMIN_PASSWORD or a bad ADMIN_EMAIL is refused, naming the variable', () => {
    assertConfigError({ ADMIN_EMAIL: 'owner@example.test', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD');
    assertConfigError({ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'long-enough-password' }, 'ADMIN_EMAIL');
  });

  test('boolean flags accept true/false/1/0/yes/no and nothing else', () => {
    assert.equal(loadConfig({ DEMO_DATA: 'false' }).demoData, false);
    assert.equal(loadConfig({ DEMO_DATA: '0' }).demoData, false);
    assert.equal(loadConfig({ DEMO_DATA: 'no' }).demoData, false);
    assertConfigError({ DEMO_DATA: 'maybe' }, 'DEMO_DATA');
  });

  test('TRUST_PROXY names how many proxies, or which, to believe; never every hop', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: 'no' }).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, 1, 'true is the one proxy in front');
    assert.equal(loadConfig({ TRUST_PROXY: 'yes' }).trustProxy, 1);
    assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.deepEqual(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).trustProxy, [
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
    ]);
    for (const bad of ['maybe', '10', '0.5', 'proxy.example', '10.0.0.0/8,nope'])
      assertConfigError({ TRUST_PROXY: bad }, 'TRUST_PROXY');
  });

  test('NODE_ENV and LOG_LEVEL must be known values', () => {
    assert.equal(loadConfig({ NODE_ENV: 'production' }).env, 'production');
    assertConfigError({ NODE_ENV: 'staging' }, 'NODE_ENV');
    assertConfigError({ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL');
  });

  test('PUBLIC_URL loses its trailing slash; https makes cookies secure', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://book.example.test/' });
    assert.equal(config.publicUrl, 'https://book.example.test');
    assert.equal(config.cookieSecure, true);
    assert.equal(loadConfig({ PUBLIC_URL: 'http://book.example.test' }).cookieSecure, false);
    assertConfigError({ PUBLIC_URL: 'ftp://book.example.test' }, 'PUBLIC_URL');
  });
});

describe('the returned config', () => {
  test('is frozen', () => {
    const config = loadConfig({});
    assert.ok(Object.isFrozen(config));
    assert.throws(() => {
      (config as { port: number }).port = 1;
    }, TypeError);
    assert.equal(config.port, 3000);
  });

  test('is a fresh object per call, so one caller cannot change what another sees', () => {
    const a = loadConfig({ PORT: '1111' });
    const b = loadConfig({ PORT: '2222' });
    assert.equal(a.port, 1111);
    assert.equal(b.port, 2222);
  });
});

describe('geocoder', () => {
  test('off without GEOCODER_URL; the URL loses its trailing slash and must be http(s)', () => {
    assert.equal(loadConfig({}).geocoder, null);
    assert.deepEqual(loadConfig({ GEOCODER_URL: 'https://nominatim.example.test/' }).geocoder, {
      url: 'https://nominatim.example.test',
    });
    assertConfigError({ GEOCODER_URL: 'nominatim.example.test' }, /GEOCODER_URL: must be the http\(s\) URL/);
    assertConfigError({ GEOCODER_URL: 'ftp://nominatim.example.test' }, 'GEOCODER_URL');
  });
});

describe('video meetings', () => {
  test('jitsi on meet.jit.si by default', () => {
    assert.deepEqual(loadConfig({}).video, { provider: 'jitsi', baseUrl: 'https://meet.jit.si' });
  });

  test('VIDEO_BASE_URL loses its trailing slash and must be http(s)', () => {
    assert.deepEqual(loadConfig({ VIDEO_BASE_URL: 'https://video.example.test/' }).video, {
      provider: 'jitsi',
      baseUrl: 'https://video.example.test',
    });
    assertConfigError({ VIDEO_BASE_URL: 'meet.jit.si' }, 'VIDEO_BASE_URL');
    assertConfigError({ VIDEO_BASE_URL: 'ftp://video.example.test' }, 'VIDEO_BASE_URL');
  });

  test('daily needs DAILY_API_KEY; DAILY_API_URL defaults to Daily', () => {
    assertConfigError({ VIDEO_PROVIDER: 'daily' }, /DAILY_API_KEY: required when VIDEO_PROVIDER is daily/);
    assert.deepEqual(loadConfig({ VIDEO_PROVIDER: 'daily', DAILY_API_KEY: 'abc123' }).video, {
      provider: 'daily',
      apiKey: 'abc123',
      apiUrl: 'https://api.daily.co/v1',
    });
    assert.deepEqual(
      loadConfig({ VIDEO_PROVIDER: 'daily', DAILY_API_KEY: 'abc123', DAILY_API_URL: 'http://127.0.0.1:9999/v1/' })
        .video,
      { provider: 'daily', apiKey: 'abc123', apiUrl: 'http://127.0.0.1:9999/v1' },
    );
    assertConfigError({ VIDEO_PROVIDER: 'daily', DAILY_API_KEY: 'abc123', DAILY_API_URL: 'nope' }, 'DAILY_API_URL');
  });

  test('a DAILY_API_KEY without VIDEO_PROVIDER=daily is refused, naming both', () => {
    assertConfigError({ DAILY_API_KEY: 'abc123' }, /DAILY_API_KEY: set, but VIDEO_PROVIDER is jitsi/);
    assertConfigError({ DAILY_API_KEY: 'abc123', VIDEO_PROVIDER: 'none' }, /VIDEO_PROVIDER is none/);
  });

  test('none turns video off; an unknown provider is refused', () => {
    assert.deepEqual(loadConfig({ VIDEO_PROVIDER: 'none' }).video, { provider: 'none' });
    assertConfigError({ VIDEO_PROVIDER: 'zoom' }, 'VIDEO_PROVIDER');
  });

  test('a DAILY_API_KEY with blanks or control characters inside is refused', () => {
    assertConfigError({ VIDEO_PROVIDER: 'daily', DAILY_API_KEY: 'abc def' }, 'DAILY_API_KEY');
    assertConfigError({ VIDEO_PROVIDER: 'daily', DAILY_API_KEY: 'abc\u0000def' }, 'DAILY_API_KEY');
  });

  test('the key is not repeated in an error message', () => {
    assert.throws(
      () => loadConfig({ DAILY_API_KEY: 'secret-daily-key-42' }),
      (error: unknown) => error instanceof ConfigError && !error.message.includes('secret-daily-key-42'),
    );
  });
});

describe('operations', () => {
  test('METRICS_TOKEN: unset turns /metrics off; 24 to 256 printable characters without blanks', () => {
    assert.equal(loadConfig({}).metricsToken, null);
    const token = 'a'.repeat(24);
    assert.equal(loadConfig({ METRICS_TOKEN: ` ${token} ` }).metricsToken, token);
    assertConfigError({ METRICS_TOKEN: 'a'.repeat(23) }, /METRICS_TOKEN: must be 24 to 256/);
    assertConfigError({ METRICS_TOKEN: `${'a'.repeat(12)} ${'b'.repeat(12)}` }, 'METRICS_TOKEN');
    assertConfigError({ METRICS_TOKEN: 'a'.repeat(257) }, 'METRICS_TOKEN');
  });

  test('a refused METRICS_TOKEN is not repeated in the error message', () => {
    assert.throws(
      () => loadConfig({ METRICS_TOKEN: 'short-secret' }),
      (error: unknown) => error instanceof ConfigError && !error.message.includes('short-secret'),
    );
  });

  test('SHUTDOWN_TIMEOUT_MS: 20 s by default, 0 to 600000 ms', () => {
    assert.equal(loadConfig({}).shutdownTimeoutMs, 20_000);
    assert.equal(loadConfig({ SHUTDOWN_TIMEOUT_MS: '5000' }).shutdownTimeoutMs, 5000);
    assert.equal(loadConfig({ SHUTDOWN_TIMEOUT_MS: '0' }).shutdownTimeoutMs, 0);
    assertConfigError({ SHUTDOWN_TIMEOUT_MS: '600001' }, /SHUTDOWN_TIMEOUT_MS: must be a number of milliseconds/);
    assertConfigError({ SHUTDOWN_TIMEOUT_MS: '20s' }, 'SHUTDOWN_TIMEOUT_MS');
    assertConfigError({ SHUTDOWN_TIMEOUT_MS: '-1' }, 'SHUTDOWN_TIMEOUT_MS');
  });
});
