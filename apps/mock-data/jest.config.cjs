module.exports = { ...require('../../jest.preset.cjs'), displayName: 'mock-data', rootDir: __dirname };
