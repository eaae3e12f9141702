module.exports = { ...require('../../jest.preset.cjs'), displayName: 'planner-core', rootDir: __dirname };
