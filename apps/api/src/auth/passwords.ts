import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@regiekaart/model';

/**
 * scrypt with OWASP's parameters for 32 MiB of memory (N=2^15, r=8, p=3). The parameters are
 * stored with each hash, so raising them later leaves old hashes readable.
 */
const COST = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;
const MAX_MEMORY = 256 * 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((done, fail) => {
    scrypt(password.normalize('NFC'), salt, length, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? fail(error) : done(key),
    );
  });
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST, KEY_LENGTH);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    { N: Number(n), r: Number(r), p: Number(p) },
    expected.length,
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password: verified against when the username is unknown, so timing tells nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

let common: Set<string> | undefined;
/** The 49,000 most common passwords (zxcvbn-ts), with a few Dutch and product-specific words. */
function commonPasswords(): Set<string> {
  if (!common) {
    const require = createRequire(import.meta.url);
    const list = require('@zxcvbn-ts/language-common/src/passwords.json') as string[];
    common = new Set([
      ...list.map((p) => p.toLowerCase()),
      ...['wachtwoord', 'welkom', 'geheim', 'regiekaart', 'zorgenveiligheid', 'veiligheidshuis', 'gemeente'],
    ]);
  }
  return common;
}

/** The password with digits and punctuation stripped from both ends: `Welkom2024!` -> `welkom`. */
const core = (password: string) =>
  password
    .toLowerCase()
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
    .replace(/\s+/g, '');

/** Dutch reasons why a password is refused; empty when it is acceptable. */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH)
    problems.push(`een wachtwoord heeft minstens ${PASSWORD_MIN_LENGTH} tekens`);
  if (password.length > PASSWORD_MAX_LENGTH)
    problems.push(`een wachtwoord heeft hoogstens ${PASSWORD_MAX_LENGTH} tekens`);
  const lower = password.toLowerCase();
  const list = commonPasswords();
  const stripped = core(password);
  if (
    list.has(lower) ||
    list.has(lower.replace(/\s+/g, '')) ||
    (stripped.length >= 4 && list.has(stripped))
  ) {
    problems.push('dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden');
  }
  if (new Set(password).size < 5) problems.push('een wachtwoord heeft minstens 5 verschillende tekens');
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) {
    problems.push('een wachtwoord bevat de gebruikersnaam niet');
  }
  return problems;
}

/** A random password for the first beheerder: 24 characters, about 144 bits. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
