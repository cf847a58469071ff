// snappyjs ships no type declarations; these cover the functions Sightline uses.
declare module 'snappyjs' {
  export function uncompress<T extends Uint8Array | ArrayBuffer>(compressed: T, maxLength?: number): T;
  export function compress<T extends Uint8Array | ArrayBuffer>(uncompressed: T): T;
}
