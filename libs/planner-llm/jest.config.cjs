module.exports = { ...require('../../jest.preset.cjs'), displayName: 'planner-llm', rootDir: __dirname };
