module.exports = { ...require('../../jest.preset.cjs'), displayName: 'orchestrator-stub', rootDir: __dirname };
