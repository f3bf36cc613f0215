// oidc-provider ships no type declarations; the tests use it loosely.
declare module 'oidc-provider' {
  // biome-ignore lint/suspicious/noExplicitAny: an untyped library, used by the tests only
  const Provider: any;
  export default Provider;
}
