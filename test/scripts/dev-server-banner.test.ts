/** What `npm start` prints and whether it opens a browser (scripts/dev-server-banner.js). */
import { bannerLines, canOpenBrowser } from '../../scripts/dev-server-banner';

describe('npm start banner', () => {
  it('opens a browser only where there is a display, and never under CI', () => {
    expect(canOpenBrowser({}, 'linux')).toBe(false);
    expect(canOpenBrowser({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(canOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(canOpenBrowser({}, 'win32')).toBe(true);
    expect(canOpenBrowser({}, 'darwin')).toBe(true);
    expect(canOpenBrowser({ CI: 'true' }, 'darwin')).toBe(false);
    expect(canOpenBrowser({ DISPLAY: ':0', BROWSER: 'none' }, 'linux')).toBe(false);
  });

  it('gives the preview URL and both ways of sideloading manifest.xml', () => {
    const text = bannerLines({ origin: 'https://localhost:3000', previewPath: '/preview.html', opened: false, trustedCert: false }).join('\n');
    expect(text).toContain('https://localhost:3000/preview.html');
    expect(text).toContain('npx office-addin-debugging start manifest.xml');
    expect(text).toContain('Upload My Add-in');
    expect(text).toContain('self-signed');
    const trusted = bannerLines({ origin: 'https://localhost:3000', previewPath: '/preview.html', opened: true, trustedCert: true }).join('\n');
    expect(trusted).not.toContain('self-signed');
    expect(trusted).toContain('opened in your default browser');
  });
});
