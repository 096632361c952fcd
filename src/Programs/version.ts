// Versions Taipan reports: the Python language level it implements and its own release.
export const TAIPAN_VERSION = "0.1.0";
export const PY_VERSION_INFO = [3, 11, 7, "final", 0] as const;
export const PY_VERSION = `${PY_VERSION_INFO[0]}.${PY_VERSION_INFO[1]}.${PY_VERSION_INFO[2]}`;
