//! Canonical encoding: for arbitrary bodies and headers, decode(encode(x))
//! gives x back and encodes to the very same bytes; and what postcard does
//! with bytes that are not the canonical encoding of any value.

use kluis::audit::{
    Actor, Approver, AuditRecord, AuthMethod, Event, EventKind, Origin, Outcome, Reason,
    ReasonCategory,
};
use kluis::crypto::kdf::KdfParams;
use kluis::format::body::{
    Body, BodyError, Holder, Person, PinHash, Role, SecretEntry, SecretKind, SecretValue,
    SecretVersion, SetState, Settings, ShareSetRecord, ValueOrigin,
};
use kluis::format::header::{FLAG_WEAK_KDF, MAX_RETIRED};
use kluis::format::{Header, MAX_FILE_LEN, SetHeader, SetStatus, Slot, SlotKind};
use kluis::secret::SecretBytes;
use kluis::shares::{Fingerprint, ShareSetInfo};
use proptest::collection::vec;
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    // Short, with some non-ASCII so multi-byte UTF-8 lengths are covered.
    "[a-zA-Z0-9 é€-]{0,12}"
}

fn bytes(max: usize) -> impl Strategy<Value = SecretBytes> {
    vec(any::<u8>(), 0..=max).prop_map(SecretBytes::new)
}

fn kdf() -> impl Strategy<Value = KdfParams> {
    (any::<u32>(), any::<u32>(), any::<u32>()).prop_map(|(m_kib, t, p)| KdfParams { m_kib, t, p })
}

fn value() -> impl Strategy<Value = SecretValue> {
    prop_oneof![
        bytes(40).prop_map(SecretValue::Opaque),
        (text(), bytes(20), text(), bytes(20)).prop_map(|(username, password, url, notes)| {
            SecretValue::Credential {
                username,
                password,
                url,
                notes,
            }
        }),
        (bytes(32), any::<u8>(), any::<u32>()).prop_map(|(seed, digits, period)| {
            SecretValue::Totp {
                seed,
                digits,
                period,
            }
        }),
    ]
}

fn version() -> impl Strategy<Value = SecretVersion> {
    (
        any::<u32>(),
        any::<i64>(),
        text(),
        prop_oneof![
            Just(ValueOrigin::File),
            Just(ValueOrigin::GeneratedKey256),
            Just(ValueOrigin::GeneratedPassphrase)
        ],
        value(),
    )
        .prop_map(
            |(number, created_at, created_by, origin, value)| SecretVersion {
                number,
                created_at,
                created_by,
                origin,
                value,
            },
        )
}

fn secret() -> impl Strategy<Value = SecretEntry> {
    (
        text(),
        prop_oneof![
            Just(SecretKind::BackupKey),
            Just(SecretKind::Credential),
            Just(SecretKind::Totp),
            Just(SecretKind::Note)
        ],
        any::<bool>(),
        vec(version(), 0..3),
    )
        .prop_map(|(name, kind, emergency, versions)| SecretEntry {
            name,
            kind,
            emergency,
            versions,
        })
}

fn person() -> impl Strategy<Value = Person> {
    let pin = proptest::option::of(
        (any::<[u8; 16]>(), kdf(), bytes(32)).prop_map(|(salt, kdf, hash)| PinHash {
            salt,
            kdf,
            hash,
        }),
    );
    (
        text(),
        prop_oneof![
            Just(Role::Po),
            Just(Role::Delegate),
            Just(Role::Approver),
            Just(Role::Holder)
        ],
        pin,
        any::<u32>(),
        proptest::option::of(any::<i64>()),
        any::<i64>(),
    )
        .prop_map(
            |(name, role, pin, pin_failures, locked_until, added_at)| Person {
                name,
                role,
                pin,
                pin_failures,
                locked_until,
                added_at,
            },
        )
}

fn holder() -> impl Strategy<Value = Holder> {
    (
        any::<u8>(),
        text(),
        text(),
        bytes(33),
        proptest::option::of(any::<i64>()),
        proptest::option::of(any::<i64>()),
        proptest::option::of(any::<i64>()),
        proptest::option::of(text()),
    )
        .prop_map(
            |(index, label, place, share, printed_at, verified_at, drilled_at, recipient)| Holder {
                index,
                label,
                place,
                share,
                printed_at,
                verified_at,
                drilled_at,
                recipient,
            },
        )
}

fn set_record() -> impl Strategy<Value = ShareSetRecord> {
    (
        any::<[u8; 8]>(),
        any::<u8>(),
        prop_oneof![Just(SetState::Active), Just(SetState::Pending)],
        any::<i64>(),
        bytes(33),
        any::<bool>(),
        vec(holder(), 0..4),
    )
        .prop_map(
            |(set_id, threshold, state, created_at, recovery_key, exposed, holders)| {
                ShareSetRecord {
                    set_id,
                    threshold,
                    state,
                    created_at,
                    recovery_key,
                    exposed,
                    holders,
                }
            },
        )
}

fn event_kind() -> impl Strategy<Value = EventKind> {
    proptest::sample::select(vec![
        EventKind::Init,
        EventKind::Unlock,
        EventKind::UnlockFailure,
        EventKind::Unseal,
        EventKind::UnsealDenied,
        EventKind::Recovery,
        EventKind::EmergencySessionStart,
        EventKind::EmergencySessionEnd,
        EventKind::Acknowledgement,
        EventKind::SharePrint,
        EventKind::Drill,
        EventKind::Rotation,
        EventKind::PassphraseChange,
        EventKind::RosterChange,
        EventKind::SecretAdd,
        EventKind::SecretEdit,
        EventKind::SecretDelete,
        EventKind::Export,
        EventKind::Takeover,
        EventKind::SettingsChange,
        EventKind::RollbackAccepted,
        EventKind::KitWritten,
        EventKind::RecipientChange,
    ])
}

fn record() -> impl Strategy<Value = AuditRecord> {
    let auth = prop_oneof![
        Just(AuthMethod::Passphrase),
        Just(AuthMethod::None),
        (vec(any::<u8>(), 0..4), vec(text(), 0..3))
            .prop_map(|(indices, holders)| AuthMethod::Quorum { indices, holders }),
    ];
    let reason = proptest::option::of((
        prop_oneof![
            Just(ReasonCategory::Restore),
            Just(ReasonCategory::RestoreTest),
            Just(ReasonCategory::Incident),
            Just(ReasonCategory::Other)
        ],
        text(),
    ))
    .prop_map(|r| r.map(|(category, text)| Reason { category, text }));
    let event = (
        event_kind(),
        text(),
        auth,
        proptest::option::of(text()),
        proptest::option::of(any::<u32>()),
        reason,
        proptest::option::of((text(), any::<bool>())),
        prop_oneof![
            Just(Outcome::Success),
            Just(Outcome::Denied),
            Just(Outcome::Failure)
        ],
        proptest::option::of(text()),
        text(),
    )
        .prop_map(
            |(kind, person, auth, subject, version, reason, approver, outcome, channel, detail)| {
                Event {
                    kind,
                    actor: Actor { person, auth },
                    subject,
                    version,
                    reason,
                    approver: approver.map(|(person, authenticated)| Approver {
                        person,
                        authenticated,
                    }),
                    outcome,
                    channel,
                    detail,
                }
            },
        );
    (
        any::<u64>(),
        any::<i64>(),
        any::<[u8; 16]>(),
        (text(), text(), text()),
        event,
        any::<[u8; 32]>(),
        any::<[u8; 32]>(),
    )
        .prop_map(
            |(seq, time, vault_id, (host, os_user, tool_version), event, prev, hash)| AuditRecord {
                seq,
                time,
                vault_id,
                origin: Origin {
                    host,
                    os_user,
                    tool_version,
                },
                event,
                prev,
                hash,
            },
        )
}

fn body() -> impl Strategy<Value = Body> {
    (
        text(),
        any::<i64>(),
        (any::<u32>(), any::<u32>(), any::<u32>()),
        vec(secret(), 0..3),
        vec(person(), 0..3),
        vec(set_record(), 0..3),
        vec(record(), 0..3),
    )
        .prop_map(
            |(name, created_at, (e, i, d), secrets, roster, sets, audit)| Body {
                name,
                created_at,
                settings: Settings {
                    emergency_minutes: e,
                    idle_lock_minutes: i,
                    drill_interval_days: d,
                    language: String::new(),
                },
                secrets,
                roster,
                sets,
                audit,
                acknowledged_seq: created_at as u64,
                remotes: (created_at % 2 == 0)
                    .then(|| kluis::format::body::RemoteEntry {
                        name: "office".into(),
                        url: format!("/srv/{created_at}.git"),
                        required: created_at % 4 == 0,
                        added_at: created_at,
                    })
                    .into_iter()
                    .collect(),
                syslog: kluis::format::body::SyslogSetting {
                    target: String::new(),
                    reasons: created_at % 3 == 0,
                },
            },
        )
}

fn slot(kind: SlotKind) -> impl Strategy<Value = Slot> {
    (any::<[u8; 8]>(), any::<[u8; 24]>(), any::<[u8; 48]>()).prop_map(
        move |(set_id, nonce, wrapped)| Slot {
            kind,
            set_id,
            nonce,
            wrapped,
        },
    )
}

fn set_header(status: SetStatus) -> impl Strategy<Value = SetHeader> {
    (1u8..=16)
        .prop_flat_map(|count| (1..=count, vec(any::<[u8; 16]>(), usize::from(count))))
        .prop_flat_map(move |(threshold, fps)| {
            any::<[u8; 8]>().prop_map(move |set_id| SetHeader {
                status,
                info: ShareSetInfo {
                    set_id,
                    threshold,
                    count: fps.len() as u8,
                    fingerprints: fps.iter().copied().map(Fingerprint).collect(),
                },
            })
        })
}

/// Headers within every bound `Header::read` enforces: exactly one
/// passphrase slot among at most four, at most one active and one pending
/// set, at most 64 retired ids, body length at most 64 MiB.
fn header() -> impl Strategy<Value = Header> {
    let slots = (
        slot(SlotKind::Passphrase),
        vec(slot(SlotKind::Recovery), 0..=3),
        any::<usize>(),
    )
        .prop_map(|(pass, mut rest, at)| {
            let at = at % (rest.len() + 1);
            rest.insert(at, pass);
            rest
        });
    let sets = (
        proptest::option::of(set_header(SetStatus::Active)),
        proptest::option::of(set_header(SetStatus::Pending)),
        any::<bool>(),
    )
        .prop_map(|(a, p, pending_first)| {
            let mut v: Vec<SetHeader> = a.into_iter().chain(p).collect();
            if pending_first {
                v.reverse();
            }
            v
        });
    (
        prop_oneof![Just(0), Just(FLAG_WEAK_KDF)],
        any::<[u8; 16]>(),
        any::<u64>(),
        kdf(),
        any::<[u8; 32]>(),
        slots,
        sets,
        vec(any::<[u8; 8]>(), 0..=usize::from(MAX_RETIRED)),
        0..=MAX_FILE_LEN as u32,
    )
        .prop_map(
            |(flags, vault_id, generation, kdf, salt, slots, sets, retired, body_len)| Header {
                flags,
                vault_id,
                generation,
                kdf,
                salt,
                slots,
                sets,
                retired,
                body_len,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn body_round_trips_byte_identically(b in body()) {
        let enc = b.encode();
        let back = Body::parse(&enc).expect("decode what encode wrote");
        prop_assert_eq!(&back, &b);
        let again = back.encode();
        prop_assert_eq!(again.as_slice(), enc.as_slice());
        // Trailing bytes and a cut-off encoding are refused.
        let mut longer = enc.to_vec();
        longer.push(0);
        prop_assert_eq!(Body::parse(&longer), Err(BodyError::Malformed));
        prop_assert_eq!(Body::parse(&enc[..enc.len() - 1]), Err(BodyError::Malformed));
    }

    #[test]
    fn header_round_trips_byte_identically(h in header()) {
        let bytes = h.write();
        let (back, len) = Header::read(&bytes).expect("read what write wrote");
        prop_assert_eq!(len, bytes.len());
        prop_assert_eq!(&back, &h);
        prop_assert_eq!(back.write(), bytes.clone());
        // Bytes after the header are not part of it.
        let mut longer = bytes.clone();
        longer.extend_from_slice(b"nonce and body");
        prop_assert_eq!(Header::read(&longer).expect("read").1, bytes.len());
    }
}

fn small_body() -> Body {
    Body {
        name: "ab".into(),
        created_at: 5,
        settings: Settings::default(),
        secrets: Vec::new(),
        roster: Vec::new(),
        sets: Vec::new(),
        audit: Vec::new(),
        acknowledged_seq: 0,
        remotes: Vec::new(),
        syslog: Default::default(),
    }
}

/// postcard (1.x) itself decodes a varint that is longer than it needs to
/// be: the name's length 2 written as `0x82 0x00` instead of `0x02`. Found by
/// this test (issue 6, "canonical encoding"); `Body::parse` now re-encodes
/// what it decoded and refuses any input that is not exactly what kluis
/// writes, so whatever parses re-serialises byte-identically.
#[test]
fn regression_overlong_varints_are_refused() {
    let b = small_body();
    let enc = b.encode();
    // [body version] [len 2] 'a' 'b' [created_at 5 zigzag = 10] ...
    let v = kluis::format::body::BODY_VERSION;
    assert_eq!(&enc[..5], &[v, 2, b'a', b'b', 10]);
    let mut overlong = vec![v, 0x82, 0x00];
    overlong.extend_from_slice(&enc[2..]);
    assert_eq!(Body::parse(&overlong), Err(BodyError::NonCanonical));
    // The same for an integer field: created_at = 5 (zigzag 10) in 3 bytes.
    let mut overlong_int = enc[..4].to_vec();
    overlong_int.extend_from_slice(&[0x8a, 0x80, 0x00]);
    overlong_int.extend_from_slice(&enc[5..]);
    assert_eq!(Body::parse(&overlong_int), Err(BodyError::NonCanonical));
    // And the canonical form still parses.
    assert_eq!(Body::parse(&enc).expect("canonical"), b);
}

/// What postcard does refuse: a varint longer than its type allows, a bool
/// other than 0 or 1, an Option tag other than 0 or 1, an unknown enum
/// variant, and invalid UTF-8.
#[test]
fn postcard_refuses_other_non_canonical_forms() {
    let b = small_body();
    let enc = b.encode();
    // The name's length as an 11-byte varint: a usize varint has at most 10.
    let mut too_long = vec![kluis::format::body::BODY_VERSION];
    too_long.extend_from_slice(&[
        0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00,
    ]);
    too_long.extend_from_slice(&enc[2..]);
    assert_eq!(Body::parse(&too_long), Err(BodyError::Malformed));

    let mut bad_utf8 = enc.to_vec();
    bad_utf8[2] = 0xff;
    assert_eq!(Body::parse(&bad_utf8), Err(BodyError::Malformed));

    // A body with one secret: flip its `emergency` bool to 2, its kind to an
    // unknown variant.
    let mut with_secret = small_body();
    with_secret.secrets.push(SecretEntry {
        name: "k".into(),
        kind: SecretKind::Note,
        emergency: true,
        versions: Vec::new(),
    });
    let enc = with_secret.encode();
    // ... settings (3 varints: 30, 5, 182 -> 0xb6 0x01), secrets len 1,
    // name len 1, 'k', kind 3, emergency 1, versions len 0, roster 0, ...
    let at = enc
        .windows(4)
        .position(|w| w == [1, b'k', 3, 1])
        .expect("secret layout");
    let mut bad_bool = enc.to_vec();
    bad_bool[at + 3] = 2;
    assert_eq!(Body::parse(&bad_bool), Err(BodyError::Malformed));
    let mut bad_variant = enc.to_vec();
    bad_variant[at + 2] = 4;
    assert_eq!(Body::parse(&bad_variant), Err(BodyError::Malformed));
    assert!(Body::parse(&enc).is_ok());

    let mut with_person = small_body();
    with_person.roster.push(Person {
        name: "p".into(),
        role: Role::Holder,
        pin: None,
        pin_failures: 0,
        locked_until: None,
        added_at: 0,
    });
    let enc = with_person.encode();
    // name len 1, 'p', role 3, pin None (0), failures 0, locked None (0).
    let at = enc
        .windows(6)
        .position(|w| w == [1, b'p', 3, 0, 0, 0])
        .expect("person layout");
    let mut bad_option = enc.to_vec();
    bad_option[at + 3] = 2;
    assert_eq!(Body::parse(&bad_option), Err(BodyError::Malformed));
}
