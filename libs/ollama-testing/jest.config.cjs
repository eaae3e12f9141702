module.exports = { ...require('../../jest.preset.cjs'), displayName: 'ollama-testing', rootDir: __dirname };
