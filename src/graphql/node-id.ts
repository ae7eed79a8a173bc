import { ALL_KINDS } from '../domain/kinds.js';
import type { EntityTypeName, ReadPoint, Versioned } from '../versioning/types.js';
import { BadInputError } from '../shared/errors.js';

/**
 * `nodeId`: one versioned object as read at one read point, for caches that normalise by
 * identity (docs/decisions/0014). Base64url of the read point's part, encoded once per read
 * point, followed by the object's own part (type, entity id, version). About 40 characters
 * for a branch's latest state.
 *
 * The read point's part says everything a field of the object may depend on besides its
 * state: the branch, the visible history, the read point's date (the default EVM control
 * date) and, for child fields that name another branch, the moment they read it at. The
 * project is the entity's.
 * - HEAD: the branch's latest state; its own sequence fixes the lineage. Another branch named
 *   by a child field is read at its latest state, as the whole read is.
 * - MOMENT: a read at asOf, given by its horizon: the project's latest commit (any branch) at
 *   or before asOf. Every branch reads the same at asOf as at the horizon, so two moments with
 *   no commit between them are one read point.
 * - COMMIT: a read right after a commit (also every mutation's result).
 * - USER: a user's profile, with the highest version visible where it was read (its history
 *   and the last state's validTo depend on it).
 */
export type PointRef =
  | { kind: 'HEAD'; date: string; branch: string; seq: number }
  | { kind: 'MOMENT'; date: string; branch: string; horizon: Date }
  | { kind: 'COMMIT'; date: string; commitId: string }
  | { kind: 'USER'; visibleVersion: number };

/** The type of object a nodeId names. */
export type NodeType = EntityTypeName | 'User';

/** A decoded nodeId: where to read, and what. */
export interface NodeRef {
  point: PointRef;
  type: NodeType;
  id: string;
  version: number;
}

const FORMAT = 1;
const KIND_CODES = { HEAD: 1, MOMENT: 2, COMMIT: 3, USER: 4 } as const;
/** User profiles are not a kind; their code sits among the kinds' (src/domain/kinds.ts: `nodeIdCode`). */
const USER_CODE = 6;
const TYPE_CODES: ReadonlyMap<NodeType, number> = new Map([
  ...ALL_KINDS.map((kind): [NodeType, number] => [kind.type, kind.nodeIdCode]),
  ['User', USER_CODE],
]);
if (new Set(TYPE_CODES.values()).size !== TYPE_CODES.size) throw new Error('two versioned types share a nodeId code');
const TYPES_BY_CODE = new Map([...TYPE_CODES].map(([type, code]) => [code, type]));
const DAY_MS = 86_400_000;

const pointParts = new WeakMap<ReadPoint, Buffer>();

/** The nodeId of a state read at its read point. */
export function nodeIdOf(v: Pick<Versioned, 'type' | 'id' | 'version' | 'readPoint'>): string {
  let part = pointParts.get(v.readPoint);
  if (part === undefined) {
    part = encodePoint(pointRefOf(v.readPoint));
    pointParts.set(v.readPoint, part);
  }
  return encode(part, v.type, v.id, v.version);
}

/** The nodeId of a user's profile state, read where `visibleVersion` was the latest. */
export function userNodeId(id: string, version: number, visibleVersion: number): string {
  return encode(encodePoint({ kind: 'USER', visibleVersion }), 'User', id, version);
}

/** What a read point's part of a nodeId says about it. */
export function pointRefOf(point: ReadPoint): PointRef {
  const { date } = point;
  if (point.commitId !== null) return { kind: 'COMMIT', date, commitId: point.commitId };
  if (point.asOf !== null) return { kind: 'MOMENT', date, branch: point.branch, horizon: point.horizon ?? point.asOf };
  return { kind: 'HEAD', date, branch: point.branch, seq: point.lineage[0]?.maxSeq ?? 0 };
}

/** Decodes a nodeId; anything this API does not issue is BAD_USER_INPUT. */
export function decodeNodeId(nodeId: string): NodeRef {
  const malformed = () => BadInputError.field('nodeId', 'is not a nodeId issued by this API');
  if (!/^[A-Za-z0-9_-]{8,400}$/.test(nodeId)) throw malformed();
  try {
    const reader = new Reader(Buffer.from(nodeId, 'base64url'));
    const point = readPoint(reader);
    const type = TYPES_BY_CODE.get(reader.byte());
    if (type === undefined || (type === 'User') !== (point.kind === 'USER')) throw malformed();
    const id = reader.uuid();
    const version = reader.varint();
    reader.end();
    // One spelling per id: what does not encode back to itself was not issued here.
    if (encode(encodePoint(point), type, id, version) !== nodeId) throw malformed();
    return { point, type, id, version };
  } catch {
    throw malformed();
  }
}

function encodePoint(point: PointRef): Buffer {
  const writer = new Writer();
  writer.byte(FORMAT * 16 + KIND_CODES[point.kind]);
  switch (point.kind) {
    case 'HEAD':
      writer.varint(daysOf(point.date)).text(point.branch).varint(point.seq);
      break;
    case 'MOMENT':
      writer.varint(daysOf(point.date)).text(point.branch).varint(point.horizon.getTime());
      break;
    case 'COMMIT':
      writer.varint(daysOf(point.date)).uuid(point.commitId);
      break;
    case 'USER':
      writer.varint(point.visibleVersion);
      break;
  }
  return writer.bytes();
}

function readPoint(reader: Reader): PointRef {
  const first = reader.byte();
  if (Math.floor(first / 16) !== FORMAT) throw new RangeError(`unknown format ${first}`);
  const kind = first % 16;
  switch (kind) {
    case KIND_CODES.HEAD: {
      const date = dateOf(reader.varint());
      return { kind: 'HEAD', date, branch: reader.text(), seq: reader.varint() };
    }
    case KIND_CODES.MOMENT: {
      const date = dateOf(reader.varint());
      return { kind: 'MOMENT', date, branch: reader.text(), horizon: new Date(reader.varint()) };
    }
    case KIND_CODES.COMMIT: {
      const date = dateOf(reader.varint());
      return { kind: 'COMMIT', date, commitId: reader.uuid() };
    }
    case KIND_CODES.USER:
      return { kind: 'USER', visibleVersion: reader.varint() };
    default:
      throw new RangeError(`unknown read point kind ${kind}`);
  }
}

const HEX_VALUES = new Uint8Array(128);
for (const [i, c] of [...'0123456789abcdef'].entries()) {
  HEX_VALUES[c.charCodeAt(0)] = i;
  HEX_VALUES[c.toUpperCase().charCodeAt(0)] = i;
}
/** Reused by every call: the bytes are turned into a string before the next one. */
const scratch = Buffer.alloc(512);

/**
 * The read point's part, then the object's: 1 byte of type, 16 of id, the version. The one
 * cost per node, so the UUID is read without intermediate strings or buffers, and the id is
 * one flat string (no concatenation for JSON.stringify to flatten): about 0.3 µs a node.
 */
function encode(pointPart: Buffer, type: NodeType, id: string, version: number): string {
  const bytes = scratch;
  if (pointPart.length > bytes.length - 32) throw new RangeError('read point part too long');
  pointPart.copy(bytes, 0);
  let at = pointPart.length;
  const code = TYPE_CODES.get(type);
  if (code === undefined) throw new TypeError(`no nodeId code for ${type}`);
  bytes[at++] = code;
  for (let i = 0; i < 36; i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) i += 1; // the dashes
    bytes[at++] = (HEX_VALUES[id.charCodeAt(i)] ?? 0) * 16 + (HEX_VALUES[id.charCodeAt(i + 1)] ?? 0);
  }
  for (let n = version; ; n = Math.floor(n / 128)) {
    if (n < 128) {
      bytes[at++] = n;
      break;
    }
    bytes[at++] = (n % 128) | 128;
  }
  return bytes.toString('base64url', 0, at);
}

function hexOf(uuid: string): string {
  return uuid.slice(0, 8) + uuid.slice(9, 13) + uuid.slice(14, 18) + uuid.slice(19, 23) + uuid.slice(24, 36);
}

function daysOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function dateOf(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

class Writer {
  private readonly written: number[] = [];

  byte(n: number): this {
    this.written.push(n);
    return this;
  }

  /** Unsigned LEB128, with arithmetic rather than bit operations: millisecond times pass 2^32. */
  varint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a natural number: ${n}`);
    for (let rest = n; ; rest = Math.floor(rest / 128)) {
      if (rest < 128) return this.byte(rest);
      this.byte((rest % 128) | 128);
    }
  }

  uuid(id: string): this {
    for (const byte of Buffer.from(hexOf(id), 'hex')) this.byte(byte);
    return this;
  }

  text(value: string): this {
    const bytes = Buffer.from(value, 'utf8');
    this.varint(bytes.length);
    for (const byte of bytes) this.byte(byte);
    return this;
  }

  bytes(): Buffer {
    return Buffer.from(this.written);
  }
}

class Reader {
  private at = 0;

  constructor(private readonly bytes: Buffer) {}

  byte(): number {
    const value = this.bytes[this.at];
    if (value === undefined) throw new RangeError('truncated');
    this.at += 1;
    return value;
  }

  varint(): number {
    let value = 0;
    for (let scale = 1; scale < 2 ** 56; scale *= 128) {
      const byte = this.byte();
      value += (byte % 128) * scale;
      if (byte < 128) return value;
    }
    throw new RangeError('varint too long');
  }

  uuid(): string {
    if (this.at + 16 > this.bytes.length) throw new RangeError('truncated');
    const hex = this.bytes.toString('hex', this.at, this.at + 16);
    this.at += 16;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  text(): string {
    const length = this.varint();
    if (this.at + length > this.bytes.length) throw new RangeError('truncated');
    const value = this.bytes.toString('utf8', this.at, this.at + length);
    this.at += length;
    return value;
  }

  end(): void {
    if (this.at !== this.bytes.length) throw new RangeError('trailing bytes');
  }
}
