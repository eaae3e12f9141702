declare module 'class-transformer/cjs/storage' {
  /** class-transformer's metadata, which class-validator-jsonschema reads to follow @Type() for nested schemas. */
  export const defaultMetadataStorage: import('class-transformer/types/MetadataStorage').MetadataStorage;
}
