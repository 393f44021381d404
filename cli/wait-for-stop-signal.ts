/**
 * Resolves on the first SIGINT or SIGTERM. The listeners stay installed, so a second signal
 * (Ctrl+C pressed twice, or a parent forwarding the terminal's SIGINT) cannot kill the process
 * halfway through saving.
 */
export function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
