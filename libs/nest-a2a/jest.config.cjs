module.exports = { ...require('../../jest.preset.cjs'), displayName: 'nest-a2a', rootDir: __dirname };
