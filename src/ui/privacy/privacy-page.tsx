import './privacy.css';
import { PageHeading } from '../common/page-heading';
import { DATABASE_NAME, STORED_LOCAL_KEYS, STORED_TABLES, type StoredKind } from './stored-data';

function StoredList({ kinds, label }: { kinds: [string, StoredKind][]; label: string }) {
  return (
    <ul className="privacy-list" aria-label={label}>
      {kinds.map(([key, kind]) => (
        <li key={key} data-stored={key}>
          <h3>{kind.title}</h3>
          <p>{kind.what}</p>
          <p>
            <strong>Kept:</strong> {kind.howLong}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** #/privacy: what Common Ground keeps, where, for how long, and how to erase it. */
export function PrivacyPage() {
  return (
    <div className="privacy">
      <PageHeading>Privacy</PageHeading>
      <p>
        Common Ground keeps your practice in this browser, on this device. It sends nothing anywhere unless your program has connected it to
        a Learning Record Store (LRS), or you opened it from your course’s learning management system (LMS).
      </p>

      <section className="panel" aria-labelledby="privacy-kept">
        <h2 id="privacy-kept">What is kept on this device</h2>
        <p>
          Everything below is in this browser’s storage for this site: an IndexedDB database called “{DATABASE_NAME}” and a few small
          localStorage entries (one, a launch’s access, in this tab’s sessionStorage). Another browser or another computer has none of it.
          It is not encrypted: anyone who uses this browser can read it with the browser’s developer tools.
        </p>
        <StoredList kinds={Object.entries(STORED_TABLES)} label="Records in the database" />
        <StoredList kinds={Object.entries(STORED_LOCAL_KEYS)} label="Entries in localStorage and sessionStorage" />
        <p>
          The browser may also keep copies of the app’s own files (its code, scenarios and voice clips) so that it opens quickly or offline.
          They hold nothing about you.
        </p>
      </section>

      <section className="panel" aria-labelledby="privacy-leaves">
        <h2 id="privacy-leaves">What leaves this device</h2>
        <h3>To your program’s LRS, if one is set up</h3>
        <p>
          Each attempt is sent as learning records (xAPI statements): the scenario, each response, the score and the outcome. They name you
          by an account, not by your name: the program ID your program issued, or else this browser’s random profile id. Anything that looks
          like an email address is replaced by a code made from it, and your display name is never sent. The LRS keeps them for as long as
          your program decides.
        </p>
        <h3>To your course’s LMS, if you opened Common Ground from it</h3>
        <p>
          The LMS receives your score, completion, each response and a short resume record, so you can continue later. It knows you as its
          own learner, and keeps this for as long as your course decides.
        </p>
        <h3>In files you download or send</h3>
        <p>
          A backup or spreadsheet from History, or the file Send results makes for your instructor, holds your profile’s display name and
          program ID and your attempts (a results file also names this app’s web address). It goes wherever you save or share it. Settings,
          LRS credentials and PINs are never in it.
        </p>
      </section>

      <section className="panel" aria-labelledby="privacy-pin">
        <h2 id="privacy-pin">Shared computers: a PIN per profile</h2>
        <p>
          In Settings you can give a profile a PIN. Common Ground then asks for it before showing that profile’s practice, so the next
          person at a shared computer does not see your history by accident.
        </p>
        <p>
          A PIN is a privacy screen, not encryption. Your records are stored as they were, without encryption, and anyone with this
          browser’s developer tools can still read them. For real protection, use your own browser profile or device account, or erase your
          records when you finish.
        </p>
      </section>

      <section className="panel" aria-labelledby="privacy-erase">
        <h2 id="privacy-erase">How to erase it</h2>
        <ul>
          <li>
            <strong>Everything on this device:</strong> in <a href="#/settings">Settings</a>, choose “Erase everything on this device”. It
            deletes every profile, attempt, conversation in progress, draft, queued learning record and setting (with any LRS credentials)
            in this browser. It cannot be undone, so download a backup from History first if you want to keep your results.
          </li>
          <li>
            <strong>From the browser:</strong> clearing this site’s data (“cookies and site data”) in the browser’s settings deletes the
            same.
          </li>
          <li>
            <strong>Records already sent</strong> to an LRS or an LMS stay there: ask your program to delete them.
          </li>
        </ul>
      </section>
    </div>
  );
}
