import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The parts of the Shape Detection API used here; TypeScript's DOM library does not declare it yet. */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

type Decode = (video: HTMLVideoElement) => Promise<string | null>;

/**
 * The browser's own QR decoder where it has one (Chrome on Android and macOS),
 * otherwise jsQR, loaded only now so that no other page pays for it.
 */
async function createDecoder(): Promise<Decode> {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector && (await Detector.getSupportedFormats()).includes('qr_code')) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  // jsqr is CommonJS: its function is its exports' `default`, in Vite's build as in Node.
  const jsQR = (await import('jsqr')).default.default;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return null;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

const SCAN_EVERY_MS = 150;

/** The back camera's picture, read until a QR code appears; the camera is released as soon as this closes. */
export function Scanner({ onCode, onClose }: { onCode: (text: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<'denied' | 'unavailable' | null>(null);
  const [isLive, setIsLive] = useState(false);
  const found = useRef(onCode);
  found.current = onCode;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let isStopped = false;
    let timer: number | undefined;
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch (error) {
        setProblem(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unavailable');
        return;
      }
      const element = video.current;
      if (isStopped || !element) return;
      element.srcObject = stream;
      await element.play();
      setIsLive(true);
      const decode = await createDecoder();
      const tick = async () => {
        if (isStopped) return;
        const text = await decode(element).catch(() => null);
        if (text && !isStopped) {
          found.current(text);
          return;
        }
        timer = window.setTimeout(() => void tick(), SCAN_EVERY_MS);
      };
      void tick();
    };
    void start();
    return () => {
      isStopped = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  return (
    <section className="checkin-scanner" aria-labelledby="checkin-scanner-title">
      <h2 id="checkin-scanner-title">{t('checkIn.scanner.title')}</h2>
      {problem ? (
        <p role="alert" className="alert alert-error">
          {t(`checkIn.scanner.${problem}`)}
        </p>
      ) : (
        <p role="status">{isLive ? t('checkIn.scanner.live') : t('checkIn.scanner.starting')}</p>
      )}
      <video ref={video} className="checkin-video" muted playsInline aria-label={t('checkIn.scanner.video')} />
      <button type="button" className="secondary" onClick={onClose}>
        {t('checkIn.scanner.stop')}
      </button>
    </section>
  );
}
