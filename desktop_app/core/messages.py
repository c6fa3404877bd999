"""The core's user-facing messages, in English and French, keyed by a stable code.

Placeholders use ``str.format`` names. Both languages must define every code
(checked by tests/core/test_messages.py).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # Opening and keys
    "no_registry": {
        "en": "There is no registry in {path}. Create one with 'registre-cli init'.",
        "fr": "Aucun registre dans {path}. Créez-en un avec « registre-cli init ».",
    },
    "registry_exists": {
        "en": "A registry already exists in {path}; nothing was changed.",
        "fr": "Un registre existe déjà dans {path} ; rien n'a été modifié.",
    },
    "key_file_missing": {
        "en": "The key file {path} is missing: the registry cannot be opened without it. "
        "Restore it from a backup; nothing was changed.",
        "fr": "Le fichier de clés {path} est introuvable : le registre ne peut pas être ouvert "
        "sans lui. Restaurez-le depuis une sauvegarde ; rien n'a été modifié.",
    },
    "database_missing": {
        "en": "The registry database {path} is missing, although its key file is there. "
        "Restore it from a backup; nothing was changed.",
        "fr": "La base du registre {path} est introuvable alors que son fichier de clés est "
        "présent. Restaurez-la depuis une sauvegarde ; rien n'a été modifié.",
    },
    "key_file_damaged": {
        "en": "The key file {path} is damaged or is not a Registre key file; nothing was changed.",
        "fr": "Le fichier de clés {path} est endommagé ou n'est pas un fichier de clés Registre ; "
        "rien n'a été modifié.",
    },
    "key_file_newer": {
        "en": "The key file {path} was written by a newer version of Registre. "
        "Update Registre to open it; nothing was changed.",
        "fr": "Le fichier de clés {path} a été écrit par une version plus récente de Registre. "
        "Mettez Registre à jour pour l'ouvrir ; rien n'a été modifié.",
    },
    "not_a_registry": {
        "en": "{path} is damaged or is not a Registre database; nothing was changed. "
        "Restore it from a backup.",
        "fr": "{path} est endommagé ou n'est pas une base Registre ; rien n'a été modifié. "
        "Restaurez-le depuis une sauvegarde.",
    },
    "schema_newer": {
        "en": "This registry was made by a newer version of Registre (schema {found}, this "
        "version knows {known}). Update Registre to open it; nothing was changed.",
        "fr": "Ce registre a été créé par une version plus récente de Registre (schéma {found}, "
        "cette version connaît {known}). Mettez Registre à jour ; rien n'a été modifié.",
    },
    "registry_locked": {
        "en": "This registry is already open in another Registre window or program. "
        "Close it there first; nothing was changed.",
        "fr": "Ce registre est déjà ouvert dans une autre fenêtre ou un autre programme "
        "Registre. Fermez-le d'abord ; rien n'a été modifié.",
    },
    "wrong_passphrase": {
        "en": "Wrong passphrase. Try again, or use the recovery code from the recovery sheet.",
        "fr": "Phrase de passe incorrecte. Réessayez, ou utilisez le code de secours de la "
        "fiche de secours.",
    },
    "wrong_recovery_code": {
        "en": "This recovery code does not open this registry.",
        "fr": "Ce code de secours n'ouvre pas ce registre.",
    },
    "recovery_code_format": {
        "en": "A recovery code has 32 letters and digits, in 8 groups of 4 (e.g. ABCD-EFGH-...).",
        "fr": "Un code de secours compte 32 lettres et chiffres, en 8 groupes de 4 "
        "(par ex. ABCD-EFGH-...).",
    },
    "no_passphrase_slot": {
        "en": "This registry has no passphrase; unlock it with the OS keyring or the recovery code.",
        "fr": "Ce registre n'a pas de phrase de passe ; déverrouillez-le avec le trousseau du "
        "système ou le code de secours.",
    },
    "no_keyring_slot": {
        "en": "This registry does not keep its key in the OS keyring; give its passphrase "
        "(REGISTRE_PASSPHRASE or --passphrase-file).",
        "fr": "Ce registre ne garde pas sa clé dans le trousseau du système ; donnez sa phrase de "
        "passe (REGISTRE_PASSPHRASE ou --passphrase-file).",
    },
    "keyring_unavailable": {
        "en": "The OS keyring cannot be used here ({reason}). Use a passphrase instead.",
        "fr": "Le trousseau du système est inutilisable ici ({reason}). Utilisez plutôt une "
        "phrase de passe.",
    },
    "keyring_entry_missing": {
        "en": "The OS keyring no longer holds this registry's key. Unlock with the passphrase "
        "or the recovery code.",
        "fr": "Le trousseau du système ne contient plus la clé de ce registre. Déverrouillez avec "
        "la phrase de passe ou le code de secours.",
    },
    "passphrase_needed": {
        "en": "This registry needs its passphrase (REGISTRE_PASSPHRASE or --passphrase-file).",
        "fr": "Ce registre demande sa phrase de passe (REGISTRE_PASSPHRASE ou --passphrase-file).",
    },
    "passphrase_too_short": {
        "en": "A passphrase needs at least {minimum} characters.",
        "fr": "Une phrase de passe doit compter au moins {minimum} caractères.",
    },
    "no_unlock_method": {
        "en": "No OS keyring works here and no passphrase was given: the registry key would have "
        "nowhere safe to live. Give a passphrase.",
        "fr": "Aucun trousseau système ne fonctionne ici et aucune phrase de passe n'a été donnée : "
        "la clé du registre n'aurait aucun endroit sûr. Donnez une phrase de passe.",
    },
    "last_unlock_method": {
        "en": "This is the only way left to unlock the registry besides the recovery code; "
        "add another before removing it.",
        "fr": "C'est le seul moyen de déverrouiller le registre en dehors du code de secours ; "
        "ajoutez-en un autre avant de le retirer.",
    },
    "pin_too_short": {
        "en": "A PIN needs at least {minimum} digits.",
        "fr": "Un code PIN doit compter au moins {minimum} chiffres.",
    },
    "pin_needs_keyring": {
        "en": "PINs need the OS keyring, which does not answer here. Unlock with a passphrase, "
        "or choose a passphrase instead of a PIN.",
        "fr": "Les codes PIN ont besoin du trousseau du système, qui ne répond pas ici. "
        "Déverrouillez avec une phrase de passe, ou choisissez une phrase de passe plutôt "
        "qu'un code PIN.",
    },
    "no_staff_slot": {
        "en": "This person has no PIN or passphrase yet: ask the owner to give them one.",
        "fr": "Cette personne n'a pas encore de code PIN ni de phrase de passe : demandez au "
        "propriétaire de lui en donner un.",
    },
    "wrong_staff_secret": {
        "en": "This PIN or passphrase is not the right one. Nothing was opened.",
        "fr": "Ce code PIN ou cette phrase de passe ne correspond pas. Rien n'a été ouvert.",
    },
    "staff_removed": {
        "en": "This person no longer has access to the registry.",
        "fr": "Cette personne n'a plus accès au registre.",
    },
    "owner_passphrase_needed": {
        "en": "Give yourself a passphrase first: once staff have their own access, everyone "
        "unlocks with their own secret and the OS keyring no longer opens the registry alone.",
        "fr": "Choisissez d'abord une phrase de passe pour vous : dès que le personnel a son "
        "propre accès, chacun déverrouille avec son secret et le trousseau du système "
        "n'ouvre plus le registre à lui seul.",
    },
    "keyring_off_with_staff": {
        "en": "While staff have their own access, the OS keyring cannot open the registry alone: "
        "anyone at this computer could open it as the owner.",
        "fr": "Tant que le personnel a son propre accès, le trousseau du système ne peut pas "
        "ouvrir le registre à lui seul : n'importe qui devant cet ordinateur l'ouvrirait en "
        "tant que propriétaire.",
    },
    "owner_cannot_be_removed": {
        "en": "The owner cannot be removed.",
        "fr": "Le propriétaire ne peut pas être retiré.",
    },
    "staff_name_empty": {
        "en": "Give the person's name.",
        "fr": "Indiquez le nom de la personne.",
    },
    "staff_name_too_long": {
        "en": "A name can have at most {maximum} characters.",
        "fr": "Un nom compte au plus {maximum} caractères.",
    },
    "grant_unknown": {
        "en": "Only handing out a copy of the data and erasing can be lent to staff ({actions}).",
        "fr": "Seules la remise d'une copie des données et l'effacement peuvent être confiés au "
        "personnel ({actions}).",
    },
    "owner_only": {
        "en": "Only the owner can do this ({action}). Ask the owner to unlock the registry.",
        "fr": "Seul le propriétaire peut faire cela ({action}). Demandez-lui de déverrouiller "
        "le registre.",
    },
    "disk_full": {
        "en": "The disk is full: the last change was not saved. Free some space and try again.",
        "fr": "Le disque est plein : la dernière modification n'a pas été enregistrée. "
        "Libérez de la place et réessayez.",
    },
    "read_only": {
        "en": "The registry folder is read-only: the change was not saved.",
        "fr": "Le dossier du registre est en lecture seule : la modification n'a pas été "
        "enregistrée.",
    },
    # Data
    "field_unknown": {
        "en": "'{field}' is not a customer field Registre knows.",
        "fr": "« {field} » n'est pas un champ client connu de Registre.",
    },
    "field_required": {
        "en": "{label} is required by the purpose '{purpose}'.",
        "fr": "Le champ « {label} » est obligatoire pour la finalité « {purpose} ».",
    },
    "field_not_justified": {
        "en": "{label} cannot be recorded: none of this customer's purposes needs it.",
        "fr": "Le champ « {label} » ne peut pas être enregistré : aucune finalité de ce client "
        "ne le justifie.",
    },
    "field_empty": {
        "en": "{label} is empty.",
        "fr": "Le champ « {label} » est vide.",
    },
    "field_too_long": {
        "en": "{label} is too long ({length} characters; at most {maximum}).",
        "fr": "Le champ « {label} » est trop long ({length} caractères ; au plus {maximum}).",
    },
    "field_control_characters": {
        "en": "{label} contains invisible control characters; retype it.",
        "fr": "Le champ « {label} » contient des caractères de contrôle invisibles ; "
        "saisissez-le à nouveau.",
    },
    "email_invalid": {
        "en": "This e-mail address is not valid: {reason}",
        "fr": "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr).",
    },
    "phone_invalid": {
        "en": "This phone number is not valid. Write it like 06 12 34 56 78 or +33 6 12 34 56 78.",
        "fr": "Ce numéro de téléphone n'est pas valide. Écrivez-le comme 06 12 34 56 78 ou "
        "+33 6 12 34 56 78.",
    },
    "birthday_invalid": {
        "en": "Write the birthday as day/month, e.g. 14/07.",
        "fr": "Écrivez l'anniversaire sous la forme jour/mois, par ex. 14/07.",
    },
    "birthday_with_year": {
        "en": "Only the day and month of a birthday are kept, never the year: write e.g. 14/07.",
        "fr": "Seuls le jour et le mois de l'anniversaire sont conservés, jamais l'année : "
        "écrivez par ex. 14/07.",
    },
    "customer_needs_purpose": {
        "en": "Choose at least one purpose for this customer: it says why the data is kept.",
        "fr": "Choisissez au moins une finalité pour ce client : elle dit pourquoi les données "
        "sont conservées.",
    },
    "customer_needs_data": {
        "en": "Enter at least one field for this customer.",
        "fr": "Saisissez au moins un champ pour ce client.",
    },
    "customer_not_found": {
        "en": "There is no customer {id}.",
        "fr": "Il n'y a pas de client {id}.",
    },
    "purpose_unknown": {
        "en": "There is no purpose '{code}'.",
        "fr": "Il n'y a pas de finalité « {code} ».",
    },
    "purpose_is_consent": {
        "en": "'{code}' is based on consent: record the customer's consent instead of attaching it.",
        "fr": "« {code} » repose sur le consentement : enregistrez le consentement du client au "
        "lieu de l'associer.",
    },
    "purpose_not_consent": {
        "en": "'{code}' is not based on consent; attach it as a purpose instead.",
        "fr": "« {code} » ne repose pas sur le consentement ; associez-la comme finalité.",
    },
    "purpose_code_invalid": {
        "en": "A purpose code uses lower-case letters, digits and '_' (e.g. loyalty_card).",
        "fr": "Un code de finalité utilise des minuscules, des chiffres et « _ » "
        "(par ex. loyalty_card).",
    },
    "purpose_exists": {
        "en": "A purpose '{code}' already exists.",
        "fr": "Une finalité « {code} » existe déjà.",
    },
    "purpose_field_both": {
        "en": "{label} cannot be both required and optional.",
        "fr": "Le champ « {label} » ne peut pas être à la fois obligatoire et facultatif.",
    },
    "purpose_wording_empty": {
        "en": "A purpose needs a name and a plain-language wording in French and in English.",
        "fr": "Une finalité doit avoir un nom et un texte clair en français et en anglais.",
    },
    "purpose_in_use": {
        "en": "The purpose '{code}' is still used by {count} customer(s); detach them first.",
        "fr": "La finalité « {code} » est encore utilisée par {count} client(s) ; "
        "détachez-les d'abord.",
    },
    "legal_basis_unknown": {
        "en": "'{basis}' is not a legal basis (consent, contract, legal_obligation, "
        "legitimate_interest, vital_interest, public_task).",
        "fr": "« {basis} » n'est pas une base légale (consent, contract, legal_obligation, "
        "legitimate_interest, vital_interest, public_task).",
    },
    "channel_unknown": {
        "en": "'{channel}' is not a channel (in_store, paper, phone, email).",
        "fr": "« {channel} » n'est pas un canal (in_store, paper, phone, email).",
    },
    "consent_already": {
        "en": "Consent to '{code}' is already {state}.",
        "fr": "Le consentement à « {code} » est déjà {state}.",
    },
    "consent_missing_field": {
        "en": "Consent to '{purpose}' needs {label}: enter it first.",
        "fr": "Le consentement à « {purpose} » demande le champ « {label} » : "
        "saisissez-le d'abord.",
    },
    "business_name_empty": {
        "en": "Give the business name.",
        "fr": "Indiquez le nom de l'entreprise.",
    },
    "staff_unknown": {
        "en": "There is no staff member '{name}'.",
        "fr": "Il n'y a pas de membre du personnel « {name} ».",
    },
    "import_row_invalid": {
        "en": "Line {line}: {message}",
        "fr": "Ligne {line} : {message}",
    },
    "import_format": {
        "en": "{path}: {reason}",
        "fr": "{path} : {reason}",
    },
    "set_syntax": {
        "en": "Write --set FIELD=VALUE (got '{text}').",
        "fr": "Écrivez --set CHAMP=VALEUR (reçu « {text} »).",
    },
    "file_unreadable": {
        "en": "Cannot read {path}: {reason}",
        "fr": "Impossible de lire {path} : {reason}",
    },
    "file_unwritable": {
        "en": "Cannot write {path}: {reason}",
        "fr": "Impossible d'écrire {path} : {reason}",
    },
    # Rights requests (Art. 12, 15-21)
    "request_type_unknown": {
        "en": "'{type}' is not a request type (access, rectification, erasure, restriction, objection, portability).",
        "fr": "« {type} » n'est pas un type de demande (access, rectification, erasure, restriction, objection, portability).",
    },
    "identity_check_unknown": {
        "en": "'{check}' is not a way of checking identity (id_card_seen, passport_seen, known_customer, email_from_known_address, other).",
        "fr": "« {check} » n'est pas une façon de vérifier l'identité (id_card_seen, passport_seen, known_customer, email_from_known_address, other).",
    },
    "date_invalid": {
        "en": "'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.",
        "fr": "« {text} » n'est pas une date : écrivez-la AAAA-MM-JJ, par ex. 2026-03-31.",
    },
    "request_received_future": {
        "en": "A request cannot be received in the future ({date}).",
        "fr": "Une demande ne peut pas être reçue dans le futur ({date}).",
    },
    "request_not_found": {
        "en": "There is no request {ref}.",
        "fr": "Il n'y a pas de demande {ref}.",
    },
    "request_closed": {
        "en": "Request {ref} is already closed ({status}); nothing was changed.",
        "fr": "La demande {ref} est déjà close ({status}) ; rien n'a été modifié.",
    },
    "request_wrong_type": {
        "en": "Request {ref} is a request of type '{type}', not '{expected}'.",
        "fr": "La demande {ref} est de type « {type} », pas « {expected} ».",
    },
    "request_wrong_customer": {
        "en": "Request {ref} was made by another customer.",
        "fr": "La demande {ref} a été faite par un autre client.",
    },
    "extension_months": {
        "en": "An extension brings the deadline to 1 or 2 more months in total, and never shortens it (now {current}).",
        "fr": "Une prolongation porte le délai à 1 ou 2 mois de plus au total, sans jamais le raccourcir (actuellement {current}).",
    },
    "extension_reason_needed": {
        "en": "Give the reason for the extension: the customer must be told why (Art. 12(3)).",
        "fr": "Indiquez le motif de la prolongation : le client doit en être informé (art. 12.3).",
    },
    "extension_too_late": {
        "en": "The customer must be told of an extension within one month of the request, by {due}; it is too late to extend.",
        "fr": "Le client doit être informé d'une prolongation dans le mois suivant la demande, avant le {due} ; il est trop tard pour prolonger.",
    },
    "refusal_reason_needed": {
        "en": "Give the reason for the refusal: the customer must be told why (Art. 12(4)).",
        "fr": "Indiquez le motif du refus : le client doit en être informé (art. 12.4).",
    },
    "restriction_reason_needed": {
        "en": "Give the reason for the restriction (e.g. accuracy contested, Art. 18(1)(a)).",
        "fr": "Indiquez le motif de la limitation (par ex. exactitude contestée, art. 18.1.a).",
    },
    "customer_restricted": {
        "en": "This customer's data is restricted (Art. 18): it is kept in storage only and can be neither changed nor used. Lift the restriction first.",
        "fr": "Les données de ce client sont limitées (art. 18) : elles sont seulement conservées et ne peuvent être ni modifiées ni utilisées. Levez d'abord la limitation.",
    },
    "customer_not_restricted": {
        "en": "This customer's data is not restricted.",
        "fr": "Les données de ce client ne sont pas limitées.",
    },
    "customer_objected": {
        "en": "This customer objected to direct marketing (Art. 21): consent to '{code}' can no longer be recorded.",
        "fr": "Ce client s'est opposé à la prospection (art. 21) : le consentement à « {code} » ne peut plus être enregistré.",
    },
    "customer_already_objected": {
        "en": "This customer already objected to direct marketing on {date}.",
        "fr": "Ce client s'est déjà opposé à la prospection le {date}.",
    },
    # Breach register (Art. 33, 34)
    "datetime_invalid": {
        "en": "'{text}' is not a date and time: write it as YYYY-MM-DD HH:MM, e.g. 2026-03-31 14:30.",
        "fr": "« {text} » n'est pas une date et une heure : écrivez-les AAAA-MM-JJ HH:MM, par ex. 2026-03-31 14:30.",
    },
    "breach_not_found": {
        "en": "There is no breach {ref}.",
        "fr": "Il n'y a pas de violation {ref}.",
    },
    "breach_nature_needed": {
        "en": "Give the nature of the breach: confidentiality, integrity or availability.",
        "fr": "Indiquez la nature de la violation : confidentiality, integrity ou availability.",
    },
    "breach_nature_unknown": {
        "en": "'{code}' is not a nature of breach (confidentiality, integrity, availability).",
        "fr": "« {code} » n'est pas une nature de violation (confidentiality, integrity, availability).",
    },
    "breach_description_needed": {
        "en": "Describe what happened (without naming any customer).",
        "fr": "Décrivez ce qui s'est passé (sans nommer de client).",
    },
    "breach_discovered_future": {
        "en": "A breach cannot be discovered in the future ({date}).",
        "fr": "Une violation ne peut pas être découverte dans le futur ({date}).",
    },
    "breach_occurred_after_discovery": {
        "en": "A breach cannot start after it was discovered.",
        "fr": "Une violation ne peut pas commencer après sa découverte.",
    },
    "breach_period_invalid": {
        "en": "The end of the breach comes before its start.",
        "fr": "La fin de la violation précède son début.",
    },
    "breach_category_unknown": {
        "en": "'{code}' is not a data category (identity, contact, birthday).",
        "fr": "« {code} » n'est pas une catégorie de données (identity, contact, birthday).",
    },
    "breach_count_negative": {
        "en": "The numbers of people and records cannot be negative.",
        "fr": "Les nombres de personnes et d'enregistrements ne peuvent pas être négatifs.",
    },
    "breach_notified_before_discovery": {
        "en": "A notification cannot come before the breach was discovered.",
        "fr": "Une notification ne peut pas précéder la découverte de la violation.",
    },
    "breach_notified_future": {
        "en": "A notification cannot be made in the future ({date}).",
        "fr": "Une notification ne peut pas être faite dans le futur ({date}).",
    },
    # Audit log
    "audit_broken": {
        "en": "The audit log is broken at entry {id} ({reason}): entries were changed, deleted "
        "or reordered after {count} intact entries.",
        "fr": "Le journal d'audit est rompu à l'entrée {id} ({reason}) : des entrées ont été "
        "modifiées, supprimées ou réordonnées après {count} entrées intactes.",
    },
    "audit_anchor_mismatch": {
        "en": "The audit log no longer holds the history saved in the backup {path}: entry {id} "
        "differs. The whole log was rewritten after that backup; keep both files for "
        "investigation.",
        "fr": "Le journal d'audit ne contient plus l'historique enregistré dans la sauvegarde "
        "{path} : l'entrée {id} diffère. Le journal entier a été réécrit après cette "
        "sauvegarde ; conservez les deux fichiers pour l'enquête.",
    },
    # Backups
    "backup_not_found": {
        "en": "There is no backup at {path}.",
        "fr": "Il n'y a pas de sauvegarde à {path}.",
    },
    "backup_keys_missing": {
        "en": "The key file of this backup is missing: {path}. A backup is a pair of files "
        "(.db and .keys); copy both.",
        "fr": "Le fichier de clés de cette sauvegarde manque : {path}. Une sauvegarde est une "
        "paire de fichiers (.db et .keys) ; copiez les deux.",
    },
    "backup_damaged": {
        "en": "The backup {path} is damaged or unreadable ({reason}). Nothing was changed.",
        "fr": "La sauvegarde {path} est abîmée ou illisible ({reason}). Rien n'a été modifié.",
    },
    "backup_folder_unusable": {
        "en": "Cannot write a backup into {path} ({reason}).",
        "fr": "Impossible d'écrire une sauvegarde dans {path} ({reason}).",
    },
    # CLI output (registre-cli's plain-text lines; --json stays codes and values)
    "cli_created": {
        "en": "Registry created in {path} (unlock: {methods}).",
        "fr": "Registre créé dans {path} (déverrouillage : {methods}).",
    },
    "cli_recovery_code_once": {
        "en": "Recovery code, shown once; keep it apart from this computer: {code}",
        "fr": "Code de secours, affiché une seule fois ; gardez-le à l'écart de cet "
        "ordinateur : {code}",
    },
    "cli_recovery_sheet_written": {
        "en": "Recovery sheet written to {path}; print it and store it safely.",
        "fr": "Fiche de secours écrite dans {path} ; imprimez-la et rangez-la en lieu sûr.",
    },
    "cli_keyring_not_used": {
        "en": "The OS keyring was not used: {reason}",
        "fr": "Le trousseau du système n'a pas été utilisé : {reason}",
    },
    "cli_field": {"en": "{label}: {value}", "fr": "{label} : {value}"},
    "cli_status_data_dir": {"en": "Folder", "fr": "Dossier"},
    "cli_status_registry_id": {"en": "Registry id", "fr": "Identifiant du registre"},
    "cli_status_schema_version": {"en": "Schema version", "fr": "Version du schéma"},
    "cli_status_business_name": {"en": "Business name", "fr": "Nom de l'entreprise"},
    "cli_status_customers": {"en": "Customers", "fr": "Clients"},
    "cli_status_purposes": {"en": "Purposes", "fr": "Finalités"},
    "cli_status_unlock_methods": {"en": "Unlocks with", "fr": "Se déverrouille avec"},
    "cli_status_encrypted": {"en": "Encrypted", "fr": "Chiffré"},
    "cli_yes": {"en": "yes", "fr": "oui"},
    "cli_no": {"en": "no", "fr": "non"},
    "cli_method_keyring": {"en": "OS keyring", "fr": "trousseau du système"},
    "cli_method_passphrase": {"en": "passphrase", "fr": "phrase de passe"},
    "cli_method_recovery": {"en": "recovery code", "fr": "code de secours"},
    "cli_method_staff": {
        "en": "staff PIN or passphrase",
        "fr": "code PIN ou phrase de passe du personnel",
    },
    "cli_unlock_methods": {
        "en": "The registry unlocks with: {methods}",
        "fr": "Le registre se déverrouille avec : {methods}",
    },
    "cli_wording_version": {
        "en": "Wording version {version} recorded.",
        "fr": "Version {version} du texte enregistrée.",
    },
    "cli_customer_purposes": {"en": "purposes: {purposes}", "fr": "finalités : {purposes}"},
    "cli_customer_consent": {
        "en": "consent {purpose}: {state}",
        "fr": "consentement {purpose} : {state}",
    },
    "cli_imported": {
        "en": "{count} customers imported.",
        "fr": "{count} client(s) importé(s).",
    },
    "cli_recovery_renewed": {
        "en": "New recovery code (the old one no longer works): {code}",
        "fr": "Nouveau code de secours (l'ancien ne fonctionne plus) : {code}",
    },
    "cli_key_rotated": {
        "en": "Database key rotated. New recovery code (the old one no longer works): {code}",
        "fr": "Clé de la base renouvelée. Nouveau code de secours (l'ancien ne fonctionne "
        "plus) : {code}",
    },
    "cli_role_owner": {"en": "owner", "fr": "propriétaire"},
    "cli_role_staff": {"en": "staff", "fr": "personnel"},
    "cli_secret_pin": {"en": "PIN", "fr": "code PIN"},
    "cli_secret_passphrase": {"en": "passphrase", "fr": "phrase de passe"},
    "cli_secret_none": {
        "en": "no PIN or passphrase yet",
        "fr": "pas encore de code PIN ni de phrase de passe",
    },
    "cli_staff_may_also": {"en": "; may also: {actions}", "fr": " ; peut aussi : {actions}"},
    "cli_request_open": {"en": "open", "fr": "ouverte"},
    "cli_request_completed": {"en": "completed", "fr": "traitée"},
    "cli_request_refused": {"en": "refused", "fr": "refusée"},
    "cli_request_line": {
        "en": "{reference}  {type} {status} received {received}  due {due}  {customer}",
        "fr": "{reference}  {type} {status} reçue le {received}  échéance {due}  {customer}",
    },
    "cli_request_state": {
        "en": "{reference}, {type}: {status}, due {due}",
        "fr": "{reference}, {type} : {status}, échéance le {due}",
    },
    "cli_request_decided": {
        "en": "{reference}: {status}, due {due}",
        "fr": "{reference} : {status}, échéance le {due}",
    },
    "cli_backup_created": {
        "en": "{path} ({count} customers, verified)",
        "fr": "{path} ({count} client(s), vérifiée)",
    },
    "cli_backup_verified": {
        "en": "ok: {path} ({count} customers)",
        "fr": "sauvegarde intacte : {path} ({count} client(s))",
    },
    "cli_backup_restored": {
        "en": "restored: {customers} customers, {erasures} erasures applied again",
        "fr": "restaurée : {customers} client(s), {erasures} effacement(s) appliqué(s) de nouveau",
    },
    "cli_audit_ok": {
        "en": "ok: {count} entries",
        "fr": "journal intact : {count} entrée(s)",
    },
    "cli_audit_backups": {
        "en": ", same history as {count} backup(s)",
        "fr": ", même historique que {count} sauvegarde(s)",
    },
    "cli_audit_line": {
        "en": "#{id} {at} staff {actor} {action} {target_type} {target_ref} {detail}",
        "fr": "#{id} {at} personnel {actor} {action} {target_type} {target_ref} {detail}",
    },
    "cli_breach_line": {
        "en": "{reference}  discovered {discovered}  due {deadline}  {state}",
        "fr": "{reference}  découverte le {discovered}  échéance {deadline}  {state}",
    },
    "cli_breach_notified": {"en": "notified {at}", "fr": "notifiée le {at}"},
    "cli_breach_overdue": {"en": "OVERDUE", "fr": "EN RETARD"},
    "cli_breach_hours_left": {"en": "{hours} h left", "fr": "{hours} h restantes"},
    "cli_breach_recorded": {
        "en": "{reference}: due {deadline} ({hours} h)",
        "fr": "{reference} : échéance {deadline} ({hours} h)",
    },
}


def text(code: str, lang: str, /, **params: object) -> str:
    """The message ``code`` in ``lang`` with its placeholders filled.

    Positional-only: many messages have a ``{code}`` placeholder of their own.
    """
    texts = MESSAGES[code]
    template = texts.get(lang) or texts["en"]
    return template.format(**params)
