// Serialise state.json as Nuxt 2 does for window.__NUXT__ (devalue 2.0.1, installed with `npm install devalue@2.0.1`).
const fs = require("fs");
const path = require("path");
const devalue = require(process.env.DEVALUE || "devalue");
const state = JSON.parse(fs.readFileSync(path.join(__dirname, "state.json"), "utf8"));
process.stdout.write(devalue(state));
