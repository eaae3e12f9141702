declare module 'class-transformer/cjs/storage' {
  /** class-transformer's metadata (@Type, @Expose, @Transform), read by the compiled validators. */
  export const defaultMetadataStorage: import('class-transformer/types/MetadataStorage').MetadataStorage;
}
