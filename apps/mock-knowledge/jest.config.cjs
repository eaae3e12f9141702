module.exports = { ...require('../../jest.preset.cjs'), displayName: 'mock-knowledge', rootDir: __dirname };
