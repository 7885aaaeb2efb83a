"use strict";
// Azurite requires its telemetry SDK (applicationinsights) when it loads, and calls it only when telemetry is on. The
// tests start Azurite with --disableTelemetry, so this stand-in saves npm ci the SDK and its OpenTelemetry tree (218 of
// 471 packages; 14,500 files instead of 55,500). If telemetry were switched on, Azurite would catch this error and say
// "Fail to init telemetry".
function telemetryIsOff() {
  throw new Error("Azurite's telemetry is not installed for the tests: start Azurite with --disableTelemetry.");
}

module.exports = { setup: telemetryIsOff, start: telemetryIsOff, TelemetryClient: telemetryIsOff };
