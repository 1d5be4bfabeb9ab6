// Preload (`--import`) for the Node-version check test: makes this process report
// $FAKE_NODE_VERSION as process.versions.node (the version bin/switchyard.mjs checks).
Object.defineProperty(process.versions, 'node', { value: process.env.FAKE_NODE_VERSION });
