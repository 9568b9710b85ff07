import type { LinkView } from './api';
import { clinicDay, clinicTime, clinicTimeRange, zoneAbbreviation, zoneCity } from './format';

/** The appointment (or offered time) as the message described it, on the clinic's clock. */
export function AppointmentDetails({ view, struck = false }: { view: LinkView; struck?: boolean }) {
  const { startsAt, endsAt, timezone } = view;
  return (
    <section className={struck ? 'pp-card pp-card-struck' : 'pp-card'} aria-label="Appointment">
      <dl className="pp-details">
        <div>
          <dt>When</dt>
          <dd>
            <span className="pp-when-day">{clinicDay(startsAt, timezone)}</span>
            <span className="pp-when-time">{clinicTimeRange(startsAt, endsAt, timezone)}</span>
            <span className="pp-hint">{zoneCity(timezone)} time (the clinic’s time zone)</span>
          </dd>
        </div>
        <div>
          <dt>Treatment</dt>
          <dd>{view.serviceName}</dd>
        </div>
        <div>
          <dt>With</dt>
          <dd>{view.therapistName}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {view.clinicName}
            {view.clinicAddress ? <span className="pp-address">{view.clinicAddress}</span> : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** "Tuesday 12 January 2027 at 10:00 EST" in a sentence, the time and zone kept on one line. */
export function When({ instant, zone }: { instant: string; zone: string }) {
  return (
    <>
      {clinicDay(instant, zone)} at{' '}
      <span className="pp-nowrap">
        {clinicTime(instant, zone)} {zoneAbbreviation(instant, zone)}
      </span>
    </>
  );
}
