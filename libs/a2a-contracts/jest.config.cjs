module.exports = { ...require('../../jest.preset.cjs'), displayName: 'a2a-contracts', rootDir: __dirname };
