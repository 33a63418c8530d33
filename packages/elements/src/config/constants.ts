/** Plain constants shared by the schema and the elements; no validation code, so importing them is free. */
export const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ALERT_TYPES = ['info', 'success', 'warning', 'error'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

export const PRESETS = ['default', 'voorbeeld', 'scheldeburg', 'heidebeek'] as const;
export type PresetName = (typeof PRESETS)[number];

export const SOCIAL_NETWORKS = ['facebook', 'instagram', 'linkedin', 'youtube', 'x', 'mastodon', 'bluesky', 'other'] as const;
