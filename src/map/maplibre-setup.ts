// MapLibre 5 ships its worker inside the main bundle, so there is nothing to configure.
// (bench/ swaps this module to measure MapLibre 6, which needs setWorkerUrl.)
export function configureMapLibre(): void {}
