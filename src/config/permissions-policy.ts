// The Permissions-Policy the site is served with: 現在地 (src/locate/) may ask for the position on
// the site itself, never in a frame from elsewhere. A policy cannot be a <meta> tag, so it is a
// header: vite.config.ts sends it from the dev and preview servers, and README.md ("Build for
// hosting") gives it to whoever serves dist/.
export const PERMISSIONS_POLICY = 'geolocation=(self)';
