/**
 * What /healthz reports: the process phase, whether the corpus is loaded, and each platform's state.
 * Healthy (200) only while serving with the corpus loaded and every platform connected.
 */
export type Phase = "starting" | "serving" | "stopping";
export type PlatformState = "starting" | "connected" | "failed" | "stopped";

export interface HealthReport {
  readonly status: "ok" | "unavailable";
  readonly phase: Phase;
  readonly corpus: "loaded" | "missing";
  readonly platforms: Readonly<Record<string, PlatformState>>;
}

export class Health {
  phase: Phase = "starting";
  corpusLoaded = false;
  private readonly platforms = new Map<string, PlatformState>();

  platform(name: string, state: PlatformState): void {
    this.platforms.set(name, state);
  }

  report(): HealthReport {
    const platforms = Object.fromEntries(this.platforms);
    const connected = [...this.platforms.values()].every((s) => s === "connected");
    const ok = this.phase === "serving" && this.corpusLoaded && connected;
    return { status: ok ? "ok" : "unavailable", phase: this.phase, corpus: this.corpusLoaded ? "loaded" : "missing", platforms };
  }
}
