// The app's Babel config, so the floor is compiled as the app is.
module.exports = require('../../babel.config.js')
