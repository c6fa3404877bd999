<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AuditCheckDialog</name>
    <message>
        <source>Check the audit log</source>
        <translation>Vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Every change made in the registry is written in the audit log, each entry sealed with a fingerprint of the one before it. The check reads the whole log and shows whether an entry was changed, removed or put out of order.</source>
        <translation>Chaque modification du registre est inscrite dans le journal d&apos;audit, chaque entrée scellée par une empreinte de la précédente. La vérification lit tout le journal et montre si une entrée a été modifiée, supprimée ou déplacée.</translation>
    </message>
    <message>
        <source>Latest entries, newest first (customers and requests by code):</source>
        <translation>Dernières entrées, les plus récentes d&apos;abord (clients et demandes par leur code)&#xa0;:</translation>
    </message>
    <message>
        <source>Latest audit entries</source>
        <translation>Dernières entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Checking the audit log</source>
        <translation>Vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>✔ The audit log is intact (no entries yet).</source>
        <translation>✔ Le journal d&apos;audit est intact (aucune entrée pour l&apos;instant).</translation>
    </message>
    <message>
        <source>✔ The audit log is intact: %1 entries, chain verified up to %2.</source>
        <translation>✔ Le journal d&apos;audit est intact&#xa0;: %1 entrées, chaîne vérifiée jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>No entry was changed, removed or put out of order.</source>
        <translation>Aucune entrée n&apos;a été modifiée, supprimée ou déplacée.</translation>
    </message>
    <message>
        <source>Backups in the backup folder holding the same history: %1.</source>
        <translation>Sauvegardes du dossier de sauvegarde qui ont le même historique : %1.</translation>
    </message>
    <message>
        <source>✘ The audit log is broken at entry #%1.</source>
        <translation>✘ Le journal d&apos;audit est rompu à l&apos;entrée n° %1.</translation>
    </message>
    <message>
        <source>Entries #1 to #%1 are intact (up to %2).</source>
        <translation>Les entrées n° 1 à n° %1 sont intactes (jusqu&apos;au %2).</translation>
    </message>
    <message>
        <source>✘ The audit log was rewritten after the backup of %1.</source>
        <translation>✘ Le journal d&apos;audit a été réécrit après la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Each entry still matches its seal, but entry #%1 differs from the one saved in that backup: someone holding the key rebuilt the whole log.</source>
        <translation>Chaque entrée correspond encore à son sceau, mais l&apos;entrée n° %1 diffère de celle enregistrée dans cette sauvegarde : quelqu&apos;un qui détient la clé a reconstruit tout le journal.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Change nothing else in the registry, and keep a copy of its folder as it is now: it is evidence, for an investigation.</source>
        <translation>Ne modifiez plus rien dans le registre et gardez une copie de son dossier tel qu&apos;il est maintenant&#xa0;: c&apos;est une preuve, pour une enquête.</translation>
    </message>
    <message>
        <source>Restore the latest backup made before the problem, then check the log again.</source>
        <translation>Restaurez la dernière sauvegarde faite avant le problème, puis vérifiez à nouveau le journal.</translation>
    </message>
    <message>
        <source>If someone may have changed the registry without authority, it may be a personal data breach: record it in the breach register (72 hours to notify the authority).</source>
        <translation>Si quelqu&apos;un a pu modifier le registre sans autorisation, il peut s&apos;agir d&apos;une violation de données personnelles&#xa0;: inscrivez-la au registre des violations (72 heures pour la notifier à l&apos;autorité).</translation>
    </message>
    <message>
        <source>Entry #%1 was changed after it was written: its content no longer matches its seal.</source>
        <translation>L&apos;entrée n° %1 a été modifiée après son écriture&#xa0;: son contenu ne correspond plus à son sceau.</translation>
    </message>
    <message>
        <source>The link to entry #%1 is broken: the entry before it was replaced, or entries were removed or put out of order.</source>
        <translation>Le lien vers l&apos;entrée n° %1 est rompu&#xa0;: l&apos;entrée précédente a été remplacée, ou des entrées ont été supprimées ou déplacées.</translation>
    </message>
    <message>
        <source>Entry #%1 is missing: it was deleted.</source>
        <translation>L&apos;entrée n° %1 manque&#xa0;: elle a été supprimée.</translation>
    </message>
    <message>
        <source>The last entries of the log, from #%1 on, are missing: they were deleted, or the record of the last entry was changed.</source>
        <translation>Les dernières entrées du journal, à partir du n° %1, manquent&#xa0;: elles ont été supprimées, ou la trace de la dernière entrée a été modifiée.</translation>
    </message>
    <message>
        <source>Entry #%1 does not match the chain.</source>
        <translation>L&apos;entrée n° %1 ne correspond pas à la chaîne.</translation>
    </message>
</context>
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Write a verified encrypted backup now</source>
        <translation>Écrire maintenant une sauvegarde chiffrée et vérifiée</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace the registry with one of its backups</source>
        <translation>Remplacer le registre par l&apos;une de ses sauvegardes</translation>
    </message>
    <message>
        <source>The demo registry is not backed up</source>
        <translation>Le registre de démonstration n&apos;est pas sauvegardé</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message>
        <source>Last backup: just now</source>
        <translation>Dernière sauvegarde : à l&apos;instant</translation>
    </message>
    <message>
        <source>Last backup: %1 min ago</source>
        <translation>Dernière sauvegarde : il y a %1 min</translation>
    </message>
    <message>
        <source>Last backup: %1 h ago</source>
        <translation>Dernière sauvegarde : il y a %1 h</translation>
    </message>
    <message>
        <source>Last backup: %1 days ago</source>
        <translation>Dernière sauvegarde : il y a %1 jours</translation>
    </message>
    <message>
        <source>No backup folder is chosen: the registry is not backed up. Click to choose one (a USB stick, a network share).</source>
        <translation>Aucun dossier de sauvegarde n&apos;est choisi : le registre n&apos;est pas sauvegardé. Cliquez pour en choisir un (une clé USB, un partage réseau).</translation>
    </message>
    <message>
        <source>There is no backup in %1 yet. Click to see the backup settings.</source>
        <translation>Il n&apos;y a encore aucune sauvegarde dans %1. Cliquez pour voir les réglages des sauvegardes.</translation>
    </message>
    <message>
        <source>The last backup is older than %1 days. Back up now (Security &gt; Back up now), or click to see the backup settings.</source>
        <translation>La dernière sauvegarde a plus de %1 jours. Sauvegardez maintenant (Sécurité &gt; Sauvegarder maintenant), ou cliquez pour voir les réglages des sauvegardes.</translation>
    </message>
    <message>
        <source>Backups go to %1. Click to see the backup settings.</source>
        <translation>Les sauvegardes vont dans %1. Cliquez pour voir les réglages des sauvegardes.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation>Choisissez un dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose where backups go first: a USB stick or a network share, away from this computer. The settings open on the Backups page.</source>
        <translation>Choisissez d&apos;abord où vont les sauvegardes : une clé USB ou un partage réseau, hors de cet ordinateur. Les réglages s&apos;ouvrent sur la page Sauvegardes.</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Sauvegarde avant la fermeture…</translation>
    </message>
    <message>
        <source>Backing up the registry…</source>
        <translation>Sauvegarde du registre…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
    <message>
        <source>The registry itself is unchanged.</source>
        <translation>Le registre lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>The scheduled backup failed.</source>
        <translation>La sauvegarde programmée a échoué.</translation>
    </message>
    <message>
        <source>The backup on closing failed</source>
        <translation>La sauvegarde à la fermeture a échoué</translation>
    </message>
    <message>
        <source>Registre closes now; back up as soon as you can.</source>
        <translation>Registre se ferme maintenant ; sauvegardez dès que possible.</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Restaurer la sauvegarde du %1 ?</translation>
    </message>
    <message>
        <source>• The registry open now is replaced by this backup: customers, changes and consents recorded after %1 are lost.</source>
        <translation>• Le registre ouvert est remplacé par cette sauvegarde : les clients, modifications et consentements enregistrés après le %1 sont perdus.</translation>
    </message>
    <message>
        <source>• Erasures recorded since the backup are applied again: erased people stay erased.</source>
        <translation>• Les effacements enregistrés depuis la sauvegarde sont appliqués de nouveau : les personnes effacées le restent.</translation>
    </message>
    <message>
        <source>• A copy of the current registry is kept in %1 as %2, until the next restore.</source>
        <translation>• Une copie du registre actuel est conservée dans %1 sous le nom %2, jusqu&apos;à la prochaine restauration.</translation>
    </message>
    <message>
        <source>• The registry closes during the restore, then opens again.</source>
        <translation>• Le registre se ferme pendant la restauration, puis se rouvre.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup is restored: %1 customers. Erasures applied again: %2.</source>
        <translation>La sauvegarde est restaurée : %1 clients. Effacements appliqués de nouveau : %2.</translation>
    </message>
    <message>
        <source>The registry as it was before is kept as %1 until the next restore; delete it once you have checked the restored registry.</source>
        <translation>Le registre tel qu&apos;il était avant est conservé sous %1 jusqu&apos;à la prochaine restauration ; supprimez-le une fois le registre restauré vérifié.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>The backup was not restored: %1 The registry is as it was.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée : %1 Le registre est tel qu&apos;il était.</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>&amp;Record the breach</source>
        <translation>&amp;Inscrire la violation</translation>
    </message>
    <message>
        <source>Record a breach</source>
        <translation>Inscrire une violation</translation>
    </message>
    <message>
        <source>Describe the breach as far as you know it now. The 72-hour clock for notifying the supervisory authority starts when the breach was discovered.</source>
        <translation>Décrivez la violation telle que vous la connaissez maintenant. Le délai de 72 heures pour la notifier à l&apos;autorité de contrôle court à partir de sa découverte.</translation>
    </message>
    <message>
        <source>&amp;Incident on:</source>
        <translation>Sur&amp;venue le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Discovered on:</source>
        <translation>&amp;Découverte le&#xa0;:</translation>
    </message>
    <message>
        <source>Nature:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>Ce qui s&apos;est &amp;passé&#xa0;:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;Likely consequences:</source>
        <translation>Conséquences &amp;probables&#xa0;:</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <source>Pre-filled from the registry (every customer): correct them if only part of the registry was concerned.</source>
        <translation>Pré-rempli à partir du registre (tous les clients)&#xa0;: corrigez si seule une partie du registre est concernée.</translation>
    </message>
    <message>
        <source>Data concerned:</source>
        <translation>Données concernées&#xa0;:</translation>
    </message>
    <message>
        <source>Approximate number of &amp;people:</source>
        <translation>Nombre approximatif de per&amp;sonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Approximate number of re&amp;cords:</source>
        <translation>Nombre approximatif d&apos;enre&amp;gistrements&#xa0;:</translation>
    </message>
    <message>
        <source>The data was &amp;encrypted and the key was not disclosed</source>
        <translation>Les données étaient &amp;chiffrées et la clé n&apos;a pas été divulguée</translation>
    </message>
    <message>
        <source>If so, the people concerned need not be told (Art. 34(3)(a)): yes for a lost or stolen computer whose passphrase and recovery code stayed secret; no for an exported file, a printout, a screen seen or a disclosed key.</source>
        <translation>Dans ce cas, les personnes concernées n&apos;ont pas à être informées (art. 34.3.a)&#xa0;: oui pour un ordinateur perdu ou volé dont la phrase secrète et le code de secours sont restés secrets&#xa0;; non pour un fichier exporté, une impression, un écran vu ou une clé divulguée.</translation>
    </message>
    <message>
        <source>Measures &amp;taken:</source>
        <translation>&amp;Mesures prises&#xa0;:</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Measures pr&amp;oposed:</source>
        <translation>Mesures pr&amp;oposées&#xa0;:</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Mesures proposées</translation>
    </message>
</context>
<context>
    <name>BreachRegister</name>
    <message>
        <source>Breach register</source>
        <translation>Registre des violations</translation>
    </message>
    <message>
        <source>Record every personal data breach here, even a minor one (Art. 33(5)). The supervisory authority (the CNIL in France) must be notified within 72 hours of discovering a breach; a later notification gives the reasons for the delay.</source>
        <translation>Inscrivez ici toute violation de données personnelles, même mineure (art. 33.5). L&apos;autorité de contrôle (la CNIL en France) doit être notifiée dans les 72 heures suivant la découverte d&apos;une violation&#xa0;; une notification plus tardive donne les motifs du retard.</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>&amp;Record a breach…</source>
        <translation>&amp;Inscrire une violation…</translation>
    </message>
    <message>
        <source>&amp;Authority notified…</source>
        <translation>&amp;Autorité notifiée…</translation>
    </message>
    <message>
        <source>&amp;People informed…</source>
        <translation>&amp;Personnes informées…</translation>
    </message>
    <message>
        <source>Notification &amp;draft (PDF)</source>
        <translation>&amp;Brouillon de notification (PDF)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>BreachRegisterWindow</name>
    <message>
        <source>No breach recorded.</source>
        <translation>Aucune violation inscrite.</translation>
    </message>
    <message>
        <source>1 breach recorded</source>
        <translation>1 violation inscrite</translation>
    </message>
    <message>
        <source>%1 breaches recorded</source>
        <translation>%1 violations inscrites</translation>
    </message>
    <message>
        <source>%1 not notified within 72 hours</source>
        <translation>%1 non notifiée(s) dans les 72 heures</translation>
    </message>
    <message>
        <source>%1, discovered on %2:</source>
        <translation>%1, découverte le %2&#xa0;:</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (about %2 people, %3 records)</source>
        <translation>%1 (environ %2 personnes, %3 enregistrements)</translation>
    </message>
    <message>
        <source>no customer data</source>
        <translation>aucune donnée client</translation>
    </message>
    <message>
        <source>Encrypted:</source>
        <translation>Chiffrées&#xa0;:</translation>
    </message>
    <message>
        <source>yes: the people need not be told (Art. 34(3)(a))</source>
        <translation>oui&#xa0;: les personnes n&apos;ont pas à être informées (art. 34.3.a)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Notify the authority by:</source>
        <translation>Notifier l&apos;autorité avant le&#xa0;:</translation>
    </message>
    <message>
        <source>Authority notified on:</source>
        <translation>Autorité notifiée le&#xa0;:</translation>
    </message>
    <message>
        <source>People informed on:</source>
        <translation>Personnes informées le&#xa0;:</translation>
    </message>
    <message>
        <source>Likely consequences:</source>
        <translation>Conséquences probables&#xa0;:</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>Mesures prises&#xa0;:</translation>
    </message>
    <message>
        <source>Measures proposed:</source>
        <translation>Mesures proposées&#xa0;:</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>Autorité notifiée</translation>
    </message>
    <message>
        <source>When was breach %1 notified to the supervisory authority (the CNIL in France)?</source>
        <translation>Quand la violation %1 a-t-elle été notifiée à l&apos;autorité de contrôle (la CNIL en France)&#xa0;?</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>Personnes informées</translation>
    </message>
    <message>
        <source>When were the people concerned by breach %1 told of it?</source>
        <translation>Quand les personnes concernées par la violation %1 en ont-elles été informées&#xa0;?</translation>
    </message>
    <message>
        <source>Writing the draft</source>
        <translation>Rédaction du brouillon</translation>
    </message>
    <message>
        <source>Breach notification draft %1</source>
        <translation>Brouillon de notification de la violation %1</translation>
    </message>
    <message>
        <source>breach-notification</source>
        <translation>notification-violation</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Notified late (give the reasons for the delay)</source>
        <translation>Notifiée en retard (donner les motifs du retard)</translation>
    </message>
    <message>
        <source>Notified within 72 hours</source>
        <translation>Notifiée dans les 72 heures</translation>
    </message>
    <message>
        <source>less than 1 hour</source>
        <translation>moins d&apos;une heure</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>Overdue by %1: notify now</source>
        <translation>Délai dépassé de %1&#xa0;: notifier maintenant</translation>
    </message>
    <message>
        <source>Less than 1 hour left (until %1)</source>
        <translation>Moins d&apos;une heure restante (jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>1 hour left (until %2)</source>
        <translation>1 heure restante (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>%1 hours left (until %2)</source>
        <translation>%1 heures restantes (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>Authority notified on %1</source>
        <translation>Autorité notifiée le %1</translation>
    </message>
    <message>
        <source>Authority not notified</source>
        <translation>Autorité non notifiée</translation>
    </message>
    <message>
        <source>people informed on %1</source>
        <translation>personnes informées le %1</translation>
    </message>
    <message>
        <source>people not informed (encrypted data)</source>
        <translation>personnes non informées (données chiffrées)</translation>
    </message>
    <message>
        <source>people not informed</source>
        <translation>personnes non informées</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>Délai de 72 heures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryCard</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>✔ Granted</source>
        <translation>✔ Donné</translation>
    </message>
    <message>
        <source>✘ Withdrawn</source>
        <translation>✘ Retiré</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non donné</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>wording v%1</source>
        <translation>texte v%1</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>%1, your choices</source>
        <translation>%1, vos choix</translation>
    </message>
    <message>
        <source>There is nothing more to ask you. Thank you!</source>
        <translation>Nous n&apos;avons rien d&apos;autre à vous demander. Merci&#xa0;!</translation>
    </message>
    <message>
        <source>Confirm my choices</source>
        <translation>Confirmer mes choix</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Vos choix</translation>
    </message>
    <message>
        <source>Tick only what you agree to. Nothing is ticked for you. You can change your mind at any time, here in the shop.</source>
        <translation>Cochez seulement ce que vous acceptez. Rien n&apos;est coché d&apos;avance. Vous pouvez changer d&apos;avis à tout moment, ici en boutique.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>First say why you keep this customer&apos;s data: only the details those purposes need will be asked.</source>
        <translation>Indiquez d&apos;abord pourquoi vous gardez les données de ce client&#xa0;: seules les informations nécessaires à ces finalités seront demandées.</translation>
    </message>
    <message>
        <source>1. Why do you keep this customer&apos;s data?</source>
        <translation>1. Pourquoi gardez-vous les données de ce client&#xa0;?</translation>
    </message>
    <message>
        <source>2. What the customer agrees to (optional, ask them)</source>
        <translation>2. Ce que le client accepte (facultatif, demandez-lui)</translation>
    </message>
    <message>
        <source>3. Customer details</source>
        <translation>3. Informations du client</translation>
    </message>
    <message>
        <source>Tick a purpose: the details it needs will appear here.</source>
        <translation>Cochez une finalité&#xa0;: les informations dont elle a besoin apparaîtront ici.</translation>
    </message>
    <message>
        <source>Proof of consent</source>
        <translation>Preuve du consentement</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Consent channel</source>
        <translation>Canal du consentement</translation>
    </message>
    <message>
        <source>Signature (optional):</source>
        <translation>Signature (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Effacer la signature</translation>
    </message>
    <message>
        <source>Let the customer choose on screen…</source>
        <translation>Laisser le client choisir à l&apos;écran…</translation>
    </message>
    <message>
        <source>* required by a chosen purpose</source>
        <translation>* obligatoire pour une finalité choisie</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Registre ran into an unexpected problem ({0}). What you were doing may not have been saved; the data already saved in the registry is safe.</source>
        <translation>Registre a rencontré un problème inattendu ({0}). Ce que vous étiez en train de faire n&apos;a peut-être pas été enregistré&#xa0;; les données déjà enregistrées dans le registre sont intactes.</translation>
    </message>
    <message>
        <source>The details were written to {0} (they hold no customer data).</source>
        <translation>Les détails ont été écrits dans {0} (ils ne contiennent aucune donnée client).</translation>
    </message>
    <message>
        <source>Registre: unexpected error</source>
        <translation>Registre&#xa0;: erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline of %1</source>
        <translation>Prolonger le délai de %1</translation>
    </message>
    <message>
        <source>The deadline can be extended by two more months at most, when the request is complex or there are many. Tell the customer within the first month, with the reason.</source>
        <translation>Le délai peut être prolongé de deux mois au plus, si la demande est complexe ou si les demandes sont nombreuses. Prévenez le client dans le premier mois, en donnant la raison.</translation>
    </message>
    <message>
        <source>1 more month</source>
        <translation>1 mois de plus</translation>
    </message>
    <message>
        <source>2 more months</source>
        <translation>2 mois de plus</translation>
    </message>
    <message>
        <source>&amp;Extension:</source>
        <translation>&amp;Prolongation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Letter sent on:</source>
        <translation>&amp;Lettre envoyée le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>At least {0} characters. A short sentence you will remember is best. If it is forgotten, only the recovery sheet opens the registry.</source>
        <translation>Au moins {0} caractères. Une courte phrase dont vous vous souviendrez est idéale. Si elle est oubliée, seule la fiche de secours permet d&apos;ouvrir le registre.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Create the registry</source>
        <translation>&amp;Créer le registre</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>The registry will be created in {0}</source>
        <translation>Le registre sera créé dans {0}</translation>
    </message>
    <message>
        <source>Registry folder: {0}</source>
        <translation>Dossier du registre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Registre opens by itself when you are logged in to this computer: the key is kept in the system keyring, protected by your session.</source>
        <translation>Registre s&apos;ouvre tout seul quand votre session est ouverte sur cet ordinateur&#xa0;: la clé est gardée dans le trousseau du système, protégé par votre session.</translation>
    </message>
    <message>
        <source>no system keyring was found</source>
        <translation>aucun trousseau système n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>Not available on this computer ({0}).</source>
        <translation>Indisponible sur cet ordinateur ({0}).</translation>
    </message>
    <message>
        <source>Saved in {0}. Print it now, then keep the paper somewhere safe.</source>
        <translation>Enregistrée dans {0}. Imprimez-la maintenant, puis rangez le papier en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;Save it again…</source>
        <translation>&amp;Enregistrer à nouveau…</translation>
    </message>
    <message>
        <source>Creating the registry…</source>
        <translation>Création du registre…</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la fiche de secours</translation>
    </message>
    <message>
        <source>Saving the recovery sheet…</source>
        <translation>Enregistrement de la fiche de secours…</translation>
    </message>
    <message>
        <source>Leave without the recovery sheet?</source>
        <translation>Quitter sans la fiche de secours&#xa0;?</translation>
    </message>
    <message>
        <source>The registry is created, but its recovery sheet is not confirmed. Without it, a forgotten passphrase or a lost keyring means the customer file cannot be opened.

Leave anyway?</source>
        <translation>Le registre est créé, mais sa fiche de secours n&apos;est pas confirmée. Sans elle, une phrase de passe oubliée ou un trousseau perdu rend le fichier clients impossible à ouvrir.

Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Registre: create your customer registry</source>
        <translation>Registre&#xa0;: créer votre registre clients</translation>
    </message>
    <message>
        <source>Welcome to Registre</source>
        <translation>Bienvenue dans Registre</translation>
    </message>
    <message>
        <source>Registre keeps your customer file encrypted on this computer. First, tell us who is responsible for it: this appears on the documents you give your customers.</source>
        <translation>Registre conserve votre fichier clients chiffré sur cet ordinateur. Indiquez d&apos;abord qui en est responsable&#xa0;: ces informations figurent sur les documents remis à vos clients.</translation>
    </message>
    <message>
        <source>&amp;Business name (required)</source>
        <translation>&amp;Nom de l&apos;entreprise (obligatoire)</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>e.g. Boulangerie Martin</source>
        <translation>par ex. Boulangerie Martin</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Adresse de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Business e-mail</source>
        <translation>E-mail de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Téléphone de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation>Contact pour la protection des données</translation>
    </message>
    <message>
        <source>The person your customers can ask about their data. Often yourself; leave empty to fill in later.</source>
        <translation>La personne à qui vos clients peuvent s&apos;adresser au sujet de leurs données. Souvent vous-même&#xa0;; laissez vide pour compléter plus tard.</translation>
    </message>
    <message>
        <source>Data-protection contact name</source>
        <translation>Nom du contact pour la protection des données</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>Data-protection contact e-mail</source>
        <translation>E-mail du contact pour la protection des données</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>Data-protection contact phone</source>
        <translation>Téléphone du contact pour la protection des données</translation>
    </message>
    <message>
        <source>How to unlock the registry</source>
        <translation>Comment déverrouiller le registre</translation>
    </message>
    <message>
        <source>The registry is encrypted. Choose how Registre gets its key when it starts.</source>
        <translation>Le registre est chiffré. Choisissez comment Registre obtient sa clé au démarrage.</translation>
    </message>
    <message>
        <source>&amp;Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>&amp;Garder la clé dans le trousseau de cet ordinateur (recommandé)</translation>
    </message>
    <message>
        <source>Use the system keyring</source>
        <translation>Utiliser le trousseau du système</translation>
    </message>
    <message>
        <source>Protect it with a &amp;passphrase</source>
        <translation>La protéger par une &amp;phrase de passe</translation>
    </message>
    <message>
        <source>Use a passphrase</source>
        <translation>Utiliser une phrase de passe</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>Phrase de p&amp;asse</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>Retapez-&amp;la</translation>
    </message>
    <message>
        <source>Passphrase confirmation</source>
        <translation>Confirmation de la phrase de passe</translation>
    </message>
    <message>
        <source>The registry is created. The recovery sheet holds the recovery code: the only way to open your customer file if the passphrase is forgotten or the computer is replaced. Save it as a PDF, print it, and keep the paper somewhere safe, away from the computer.</source>
        <translation>Le registre est créé. La fiche de secours contient le code de secours&#xa0;: le seul moyen d&apos;ouvrir votre fichier clients si la phrase de passe est oubliée ou si l&apos;ordinateur est remplacé. Enregistrez-la en PDF, imprimez-la et rangez le papier en lieu sûr, loin de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Save the recovery sheet…</source>
        <translation>&amp;Enregistrer la fiche de secours…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as a PDF file</source>
        <translation>Enregistrer la fiche de secours en fichier PDF</translation>
    </message>
    <message>
        <source>&amp;I have saved or printed the recovery sheet and put it somewhere safe</source>
        <translation>J&apos;&amp;ai enregistré ou imprimé la fiche de secours et je l&apos;ai rangée en lieu sûr</translation>
    </message>
    <message>
        <source>I have saved or printed the recovery sheet</source>
        <translation>J&apos;ai enregistré ou imprimé la fiche de secours</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Checking line %1…</source>
        <translation>Vérification de la ligne %1…</translation>
    </message>
    <message>
        <source>Writing customers: %1 of %2…</source>
        <translation>Enregistrement des clients&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>Import des clients</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these lines in the file, then import it again.</source>
        <translation>Rien n&apos;a été importé&#xa0;: corrigez ces lignes dans le fichier, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>(The first %1 problems; there may be more.)</source>
        <translation>(Les %1 premiers problèmes&#xa0;; il peut y en avoir d&apos;autres.)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Import cancelled. %1 of %2 customers were imported; the others were not. Importing the same file again would add the first ones twice.</source>
        <translation>Import annulé. %1 clients sur %2 ont été importés&#xa0;; les autres non. Importer à nouveau le même fichier ajouterait une seconde fois les premiers.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>The file holds no customer.</source>
        <translation>Le fichier ne contient aucun client.</translation>
    </message>
    <message>
        <source>1 customer imported.</source>
        <translation>1 client importé.</translation>
    </message>
    <message>
        <source>%1 customers imported.</source>
        <translation>%1 clients importés.</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Tick the purposes every customer of the file is kept for, on top of the file&apos;s own “purposes” column. Consents come only from the file&apos;s “consents” column: nothing is consented to on a customer&apos;s behalf.</source>
        <translation>Cochez les finalités pour lesquelles chaque client du fichier est conservé, en plus de la colonne «&#xa0;purposes&#xa0;» du fichier. Les consentements viennent uniquement de la colonne «&#xa0;consents&#xa0;» du fichier&#xa0;: rien n&apos;est consenti à la place d&apos;un client.</translation>
    </message>
    <message>
        <source>Purposes for every customer</source>
        <translation>Finalités pour chaque client</translation>
    </message>
    <message>
        <source>Consents in the file were &amp;collected by:</source>
        <translation>Consentements du fichier &amp;recueillis par&#xa0;:</translation>
    </message>
    <message>
        <source>Channel of the file&apos;s consents</source>
        <translation>Canal des consentements du fichier</translation>
    </message>
    <message>
        <source>&amp;Check and import</source>
        <translation>&amp;Vérifier et importer</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Preparing the demo registry…</source>
        <translation>Préparation du registre de démonstration…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>Add customers from a CSV or JSON Lines file</source>
        <translation>Ajouter des clients depuis un fichier CSV ou JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the registry until it is unlocked again</source>
        <translation>Fermer le registre jusqu&apos;à ce qu&apos;il soit déverrouillé</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>Rights &amp;request…</source>
        <translation>Demande de d&amp;roits…</translation>
    </message>
    <message>
        <source>Record and answer a request of the selected customer (access, erasure…)</source>
        <translation>Enregistrer une demande du client sélectionné et y répondre (accès, effacement…)</translation>
    </message>
    <message>
        <source>Request &amp;register…</source>
        <translation>&amp;Registre des demandes…</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>&amp;Personnel…</translation>
    </message>
    <message>
        <source>Who works the registry and how each person unlocks it</source>
        <translation>Qui travaille avec le registre, et comment chacun le déverrouille</translation>
    </message>
    <message>
        <source>Change my &amp;PIN…</source>
        <translation>Changer mon code &amp;PIN…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Changer ma &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>Change the PIN or passphrase you unlock with</source>
        <translation>Changer le code PIN ou la phrase de passe avec lesquels vous déverrouillez</translation>
    </message>
    <message>
        <source>&amp;Breach register…</source>
        <translation>Registre des &amp;violations…</translation>
    </message>
    <message>
        <source>Record personal data breaches and notify them within 72 hours</source>
        <translation>Inscrire les violations de données personnelles et les notifier dans les 72 heures</translation>
    </message>
    <message>
        <source>Check the &amp;audit log…</source>
        <translation>Vérifier le journal d&apos;&amp;audit…</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log was changed or removed</source>
        <translation>Vérifier qu&apos;aucune entrée du journal d&apos;audit n&apos;a été modifiée ou supprimée</translation>
    </message>
    <message>
        <source>%1 — %2 — Registre</source>
        <translation>%1 — %2 — Registre</translation>
    </message>
    <message>
        <source>%1 — Registre</source>
        <translation>%1 — Registre</translation>
    </message>
    <message>
        <source>%1 · staff</source>
        <translation>%1 · personnel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Only the owner can do this.</source>
        <translation>Seul le propriétaire peut faire cela.</translation>
    </message>
    <message>
        <source>%1%2 found · %3 customers in all</source>
        <translation>%1%2 trouvé(s) · %3 clients en tout</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>Select a customer to see what is kept about them and why, or add one with New customer (Ctrl+N).</source>
        <translation>Sélectionnez un client pour voir ce qui est conservé à son sujet et pourquoi, ou ajoutez-en un avec Nouveau client (Ctrl+N).</translation>
    </message>
    <message>
        <source>Rights request…</source>
        <translation>Demande de droits…</translation>
    </message>
    <message>
        <source>Reference %1 · customer since %2</source>
        <translation>Référence %1 · client depuis le %2</translation>
    </message>
    <message>
        <source>Information kept</source>
        <translation>Informations conservées</translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation>collecté le %1</translation>
    </message>
    <message>
        <source>Why it is kept</source>
        <translation>Pourquoi elles sont conservées</translation>
    </message>
    <message>
        <source>Only by consent (below).</source>
        <translation>Uniquement par consentement (ci-dessous).</translation>
    </message>
    <message>
        <source>Kept %1</source>
        <translation>Conservées %1</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Channel for changes:</source>
        <translation>Canal des changements&#xa0;:</translation>
    </message>
    <message>
        <source>Channel for consent changes</source>
        <translation>Canal des changements de consentement</translation>
    </message>
    <message>
        <source>Never asked.</source>
        <translation>Jamais demandé.</translation>
    </message>
    <message>
        <source>Record that %1 withdraws consent to “%2”?</source>
        <translation>Enregistrer que %1 retire son consentement à «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>These details will be erased: %1.</source>
        <translation>Ces informations seront effacées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Consent to “%1” withdrawn.</source>
        <translation>Consentement à «&#xa0;%1&#xa0;» retiré.</translation>
    </message>
    <message>
        <source>Erased: %1.</source>
        <translation>Effacé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” needs: %2. Add it with Edit, where the customer can consent too.</source>
        <translation>«&#xa0;%1&#xa0;» demande&#xa0;: %2. Ajoutez-le avec Modifier, où le client peut aussi donner son consentement.</translation>
    </message>
    <message>
        <source>Record that %1 agrees to this text, as read to or by them (%2)?</source>
        <translation>Enregistrer que %1 accepte ce texte, qu&apos;il a lu ou qu&apos;on lui a lu (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Consent to “%1” recorded.</source>
        <translation>Consentement à «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Saved. Erased because no purpose needs them any more: %1.</source>
        <translation>Enregistré. Effacé car plus aucune finalité n&apos;en a besoin&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The customer agreed to: %1.</source>
        <translation>Le client a accepté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The customer agreed to nothing; nothing was recorded.</source>
        <translation>Le client n&apos;a rien accepté&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Registre</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>&amp;Search by name, e-mail or phone</source>
        <translation>&amp;Rechercher par nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Type a few letters or digits…</source>
        <translation>Tapez quelques lettres ou chiffres…</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Fiche du client</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Ajouter un client (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s details and purposes</source>
        <translation>Modifier les informations et les finalités du client sélectionné</translation>
    </message>
    <message>
        <source>Ask for &amp;consent…</source>
        <translation>Demander le &amp;consentement…</translation>
    </message>
    <message>
        <source>Show the consent screen to the selected customer</source>
        <translation>Montrer l&apos;écran de consentement au client sélectionné</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search customers (Ctrl+F)</source>
        <translation>Rechercher des clients (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (%1).</source>
        <translation>Ce PDF ne peut pas être affiché (%1).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>Le document n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>Code PIN ou phrase de passe</translation>
    </message>
    <message>
        <source>PIN or passphrase, again</source>
        <translation>Code PIN ou phrase de passe, à nouveau</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase</source>
        <translation>Code &amp;PIN ou phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Saisissez-le à nouveau</translation>
    </message>
    <message>
        <source>A PIN (6 digits or more) only works on this computer, with its system keyring; a passphrase (8 characters or more) works on any computer.</source>
        <translation>Un code PIN (6 chiffres ou plus) ne fonctionne que sur cet ordinateur, avec son trousseau système ; une phrase de passe (8 caractères ou plus) fonctionne sur n&apos;importe quel ordinateur.</translation>
    </message>
    <message>
        <source>The two entries are not the same. Type the same PIN or passphrase twice.</source>
        <translation>Les deux saisies ne sont pas identiques. Saisissez deux fois le même code PIN ou la même phrase de passe.</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Refuse %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <source>A refusal must give its reason and tell the customer they may complain to the supervisory authority (the CNIL in France).</source>
        <translation>Un refus doit être motivé et indiquer au client qu&apos;il peut introduire une réclamation auprès de l&apos;autorité de contrôle (la CNIL en France).</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Rights request</source>
        <translation>Demande de droits</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Demande&#xa0;:</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;ceived by:</source>
        <translation>Re&amp;çue par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identity checked by:</source>
        <translation>&amp;Identité vérifiée par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Letter language:</source>
        <translation>&amp;Langue des documents&#xa0;:</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <source>Recipients to inform</source>
        <translation>Destinataires à informer</translation>
    </message>
    <message>
        <source>Prepares the customer&apos;s copy: a PDF stating everything kept about them, why, for how long and who receives it (Art. 15), with the consent history and their rights. You can print it, save it, and save the same data as a JSON file.</source>
        <translation>Prépare l&apos;exemplaire du client&#xa0;: un PDF qui indique tout ce qui est conservé à son sujet, pourquoi, combien de temps et qui le reçoit (art. 15), avec l&apos;historique des consentements et ses droits. Vous pouvez l&apos;imprimer, l&apos;enregistrer, et enregistrer les mêmes données en fichier JSON.</translation>
    </message>
    <message>
        <source>Correct or complete the details below. The change is logged, and the recipients of the customer&apos;s data who must be told (Art. 19) are listed afterwards.</source>
        <translation>Corrigez ou complétez les informations ci-dessous. La modification est journalisée, puis les destinataires des données du client à prévenir (art. 19) sont listés.</translation>
    </message>
    <message>
        <source>Erases: %1.</source>
        <translation>Efface&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Keeps, for a legal obligation (invoices: 10 years), only: %1. The customer stays in the list, restricted to storage.</source>
        <translation>Conserve, pour une obligation légale (factures&#xa0;: 10 ans), uniquement&#xa0;: %1. Le client reste dans la liste, limité à la conservation.</translation>
    </message>
    <message>
        <source>Nothing is kept: the customer leaves the list.</source>
        <translation>Rien n&apos;est conservé&#xa0;: le client quitte la liste.</translation>
    </message>
    <message>
        <source>An erasure certificate is prepared for the customer. This cannot be undone.</source>
        <translation>Une attestation d&apos;effacement est préparée pour le client. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>From now on the customer&apos;s data is only stored: no edits, no consent, no mailing or marketing use, until the restriction is lifted (Art. 18). Reason (e.g. accuracy contested, pending verification):</source>
        <translation>Dès maintenant, les données du client sont seulement conservées&#xa0;: aucune modification, aucun consentement, aucun envoi ni usage commercial, jusqu&apos;à la levée de la limitation (art. 18). Motif (par ex. exactitude contestée, en attente de vérification)&#xa0;:</translation>
    </message>
    <message>
        <source>The customer objects to direct marketing (Art. 21): every marketing consent is withdrawn and none can be recorded again.</source>
        <translation>Le client s&apos;oppose à la prospection (art. 21)&#xa0;: tous ses consentements commerciaux sont retirés et aucun ne pourra plus être enregistré.</translation>
    </message>
    <message>
        <source>Withdrawn now: %1.</source>
        <translation>Retirés maintenant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Saves the data the customer gave you, for the purposes based on their consent or on a contract, as a JSON file they can take to another business (Art. 20).</source>
        <translation>Enregistre les données que le client vous a fournies, pour les finalités fondées sur son consentement ou sur un contrat, dans un fichier JSON qu&apos;il peut remettre à un autre commerce (art. 20).</translation>
    </message>
    <message>
        <source>Record and &amp;answer</source>
        <translation>Enregistrer et &amp;répondre</translation>
    </message>
    <message>
        <source>Only the owner can answer this request: it stays in the register with its due date.</source>
        <translation>Seul le propriétaire peut répondre à cette demande : elle reste dans le registre avec sa date d&apos;échéance.</translation>
    </message>
    <message>
        <source>Record the &amp;request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <source>Record and prepare the &amp;PDF</source>
        <translation>Enregistrer et préparer le &amp;PDF</translation>
    </message>
    <message>
        <source>Record and &amp;correct</source>
        <translation>Enregistrer et &amp;corriger</translation>
    </message>
    <message>
        <source>Record and &amp;erase…</source>
        <translation>Enregistrer et &amp;effacer…</translation>
    </message>
    <message>
        <source>Record and re&amp;strict</source>
        <translation>Enregistrer et &amp;limiter</translation>
    </message>
    <message>
        <source>Record the &amp;objection…</source>
        <translation>Enregistrer l&apos;&amp;opposition…</translation>
    </message>
    <message>
        <source>Record and save the &amp;JSON…</source>
        <translation>Enregistrer et sauvegarder le &amp;JSON…</translation>
    </message>
    <message>
        <source>Only the owner can do this.</source>
        <translation>Seul le propriétaire peut faire cela.</translation>
    </message>
    <message>
        <source>To be answered by %1 (one month; the next working day if that is not one).</source>
        <translation>Réponse due au plus tard le %1 (un mois ; le jour ouvré suivant si ce jour ne l&apos;est pas).</translation>
    </message>
    <message>
        <source>Request %1 recorded.</source>
        <translation>Demande %1 enregistrée.</translation>
    </message>
    <message>
        <source>The owner answers it by %1.</source>
        <translation>Le propriétaire y répond au plus tard le %1.</translation>
    </message>
    <message>
        <source>Request %1 recorded and answered today.</source>
        <translation>Demande %1 enregistrée et traitée aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Preparing the access statement</source>
        <translation>Préparation du relevé d&apos;accès</translation>
    </message>
    <message>
        <source>The statement is shown in the preview: print it or save it.</source>
        <translation>Le relevé s&apos;affiche dans l&apos;aperçu&#xa0;: imprimez-le ou enregistrez-le.</translation>
    </message>
    <message>
        <source>Access statement %1</source>
        <translation>Relevé d&apos;accès %1</translation>
    </message>
    <message>
        <source>Erase the data of %1?</source>
        <translation>Effacer les données de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Erased: %1.</source>
        <translation>Effacé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Kept for a legal obligation (invoices, 10 years): %1.</source>
        <translation>Conservé pour une obligation légale (factures, 10 ans)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Kept for a legal obligation: %1.</source>
        <translation>Conservé pour une obligation légale&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Erasure certificate %1</source>
        <translation>Attestation d&apos;effacement %1</translation>
    </message>
    <message>
        <source>Change at least one detail first.</source>
        <translation>Modifiez d&apos;abord au moins une information.</translation>
    </message>
    <message>
        <source>Corrected: %1.</source>
        <translation>Corrigé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The customer&apos;s data is now only stored: it cannot be edited, no consent can be recorded and it is left out of every mailing.</source>
        <translation>Les données du client sont désormais seulement conservées&#xa0;: elles ne peuvent plus être modifiées, aucun consentement ne peut être enregistré et le client est exclu de tout envoi.</translation>
    </message>
    <message>
        <source>Record that %1 objects to direct marketing? Every marketing consent is withdrawn, for good.</source>
        <translation>Enregistrer que %1 s&apos;oppose à la prospection&#xa0;? Tous ses consentements commerciaux sont retirés, définitivement.</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Opposition à la prospection</translation>
    </message>
    <message>
        <source>No more marketing for this customer. Withdrawn: %1.</source>
        <translation>Plus aucune prospection pour ce client. Retirés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Save the portable data</source>
        <translation>Enregistrer les données portables</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>No recipient to inform.</source>
        <translation>Aucun destinataire à informer.</translation>
    </message>
    <message>
        <source>Inform these recipients (Art. 19), then tick them:</source>
        <translation>Prévenez ces destinataires (art. 19), puis cochez-les&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;JSON…</source>
        <translation>Enregistrer le &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the JSON copy</source>
        <translation>Enregistrer la copie JSON</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>(+1 month)</source>
        <translation>(+1 mois)</translation>
    </message>
    <message>
        <source>(+2 months)</source>
        <translation>(+2 mois)</translation>
    </message>
    <message>
        <source>Answered on %1</source>
        <translation>Traitée le %1</translation>
    </message>
    <message>
        <source>Refused on %1</source>
        <translation>Refusée le %1</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d&apos;1 jour</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>En retard de %1 jours</translation>
    </message>
    <message>
        <source>Open · due today</source>
        <translation>Ouverte · échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Open · 1 day left</source>
        <translation>Ouverte · 1 jour restant</translation>
    </message>
    <message>
        <source>Open · %1 days left</source>
        <translation>Ouverte · %1 jours restants</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>RestoreUnlockDialog</name>
    <message>
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>The system keyring cannot open this backup. Type the registry&apos;s passphrase (the one it had when the backup was made), or the code of the recovery sheet.</source>
        <translation>Le trousseau du système ne peut pas ouvrir cette sauvegarde. Saisissez la phrase de passe du registre (celle qu&apos;il avait lors de la sauvegarde), ou le code de la fiche de secours.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Code de secours</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Phrase de passe ou code de secours</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RightsDesk</name>
    <message>
        <source>Request register</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <source>Every rights request must be answered within one month of receipt (two more months at most, with a letter giving the reason, sent within the first month).</source>
        <translation>Chaque demande d&apos;exercice des droits doit recevoir une réponse dans le mois qui suit sa réception (deux mois de plus au maximum, avec une lettre motivée envoyée dans le premier mois).</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>&amp;Extend the deadline…</source>
        <translation>&amp;Prolonger le délai…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Mark as &amp;answered</source>
        <translation>Marquer comme &amp;traitée</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Only the owner can answer this request: it stays in the register with its due date.</source>
        <translation>Seul le propriétaire peut répondre à cette demande : elle reste dans le registre avec sa date d&apos;échéance.</translation>
    </message>
    <message>
        <source>Only the owner can do this.</source>
        <translation>Seul le propriétaire peut faire cela.</translation>
    </message>
    <message>
        <source>1 request shown</source>
        <translation>1 demande affichée</translation>
    </message>
    <message>
        <source>%1 requests shown</source>
        <translation>%1 demandes affichées</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 from customer %2, received on %3, due by %4.</source>
        <translation>%1 du client %2, reçue le %3, échéance le %4.</translation>
    </message>
    <message>
        <source>Extended (letter of %1): %2</source>
        <translation>Prolongée (lettre du %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Record that %1 has been answered today?</source>
        <translation>Enregistrer que %1 a été traitée aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Mark as answered</source>
        <translation>Marquer comme traitée</translation>
    </message>
    <message>
        <source>Extension letter %1</source>
        <translation>Lettre de prolongation %1</translation>
    </message>
    <message>
        <source>Refusal letter %1</source>
        <translation>Lettre de refus %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after so many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source>The business details are saved.</source>
        <translation>Les coordonnées de l&apos;entreprise sont enregistrées.</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (plus utilisée)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>nobody outside the business</source>
        <translation>personne en dehors de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoires</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatifs</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Transmises à</translation>
    </message>
    <message>
        <source>Current wording: version %1, since %2</source>
        <translation>Texte actuel&#xa0;: version %1, depuis le %2</translation>
    </message>
    <message>
        <source>Nothing changed: this is already the wording of version %1.</source>
        <translation>Rien n&apos;a changé&#xa0;: c&apos;est déjà le texte de la version %1.</translation>
    </message>
    <message>
        <source>Saved as version %1. New consents record this version; version %2 is kept, as proof of what customers agreed to until now.</source>
        <translation>Enregistré comme version %1. Les nouveaux consentements porteront sur cette version&#xa0;; la version %2 est conservée, comme preuve de ce que les clients ont accepté jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>the system keyring of this computer</source>
        <translation>le trousseau du système de cet ordinateur</translation>
    </message>
    <message>
        <source>not the system keyring</source>
        <translation>pas le trousseau du système</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>une phrase de passe</translation>
    </message>
    <message>
        <source>no passphrase</source>
        <translation>pas de phrase de passe</translation>
    </message>
    <message>
        <source>the recovery code printed on the recovery sheet</source>
        <translation>le code de secours imprimé sur la fiche de secours</translation>
    </message>
    <message>
        <source>This registry opens with:</source>
        <translation>Ce registre s&apos;ouvre avec&#xa0;:</translation>
    </message>
    <message>
        <source>At least %1 characters. A short sentence you will remember is best. Typing a new one replaces the old one.</source>
        <translation>Au moins %1 caractères. Une petite phrase dont vous vous souviendrez est idéale. En saisir une nouvelle remplace l&apos;ancienne.</translation>
    </message>
    <message>
        <source>At least %1 characters. Needed when this computer&apos;s keyring is not available, for example on another computer.</source>
        <translation>Au moins %1 caractères. Elle sert quand le trousseau de cet ordinateur n&apos;est pas disponible, par exemple sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>&amp;Changer la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Add a passphrase</source>
        <translation>&amp;Ajouter une phrase de passe</translation>
    </message>
    <message>
        <source>Registre opens by itself when you are logged in to this computer: the key is kept in the system keyring, protected by your session.</source>
        <translation>Registre s&apos;ouvre tout seul quand votre session est ouverte sur cet ordinateur&#xa0;: la clé est gardée dans le trousseau du système, protégé par votre session.</translation>
    </message>
    <message>
        <source>S&amp;top using the keyring…</source>
        <translation>Ne &amp;plus utiliser le trousseau…</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s keyring so that Registre opens without the passphrase while you are logged in.</source>
        <translation>Gardez la clé dans le trousseau de cet ordinateur pour que Registre s&apos;ouvre sans phrase de passe quand votre session est ouverte.</translation>
    </message>
    <message>
        <source>&amp;Use the system keyring</source>
        <translation>&amp;Utiliser le trousseau du système</translation>
    </message>
    <message>
        <source>Protecting the key with the passphrase…</source>
        <translation>Protection de la clé par la phrase de passe…</translation>
    </message>
    <message>
        <source>The passphrase is changed: use the new one from now on.</source>
        <translation>La phrase de passe est changée&#xa0;: utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>The passphrase is added.</source>
        <translation>La phrase de passe est ajoutée.</translation>
    </message>
    <message>
        <source>The key file could not be saved (%1); nothing was changed.</source>
        <translation>Impossible d&apos;enregistrer le fichier de clés (%1)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Registre will open only with this computer&apos;s keyring, or with the recovery sheet. On another computer, only the recovery sheet will open it.

Remove the passphrase?</source>
        <translation>Registre ne s&apos;ouvrira plus qu&apos;avec le trousseau de cet ordinateur, ou avec la fiche de secours. Sur un autre ordinateur, seule la fiche de secours l&apos;ouvrira.

Retirer la phrase de passe&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>Retirer la phrase de passe&#xa0;?</translation>
    </message>
    <message>
        <source>The passphrase is removed.</source>
        <translation>La phrase de passe est retirée.</translation>
    </message>
    <message>
        <source>Registre will ask for the passphrase each time it opens.

Stop keeping the key in the system keyring?</source>
        <translation>Registre demandera la phrase de passe à chaque ouverture.

Ne plus garder la clé dans le trousseau du système&#xa0;?</translation>
    </message>
    <message>
        <source>Stop using the keyring?</source>
        <translation>Ne plus utiliser le trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>The key is no longer kept in the system keyring.</source>
        <translation>La clé n&apos;est plus gardée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The key is now kept in the system keyring.</source>
        <translation>La clé est maintenant gardée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Renew the recovery code?</source>
        <translation>Renouveler le code de secours&#xa0;?</translation>
    </message>
    <message>
        <source>A new recovery sheet will be made, with a new code. The current sheet will stop working at once: destroy it once the new one is printed.

Renew the recovery code?</source>
        <translation>Une nouvelle fiche de secours sera créée, avec un nouveau code. La fiche actuelle cessera aussitôt de fonctionner&#xa0;: détruisez-la une fois la nouvelle imprimée.

Renouveler le code de secours&#xa0;?</translation>
    </message>
    <message>
        <source>Save the new recovery sheet</source>
        <translation>Enregistrer la nouvelle fiche de secours</translation>
    </message>
    <message>
        <source>The registry already uses the new code: save its sheet before closing.</source>
        <translation>Le registre utilise déjà le nouveau code&#xa0;: enregistrez sa fiche avant de fermer.</translation>
    </message>
    <message>
        <source>Save the ne&amp;w recovery sheet…</source>
        <translation>Enregistrer la &amp;nouvelle fiche de secours…</translation>
    </message>
    <message>
        <source>Rene&amp;w the recovery code…</source>
        <translation>Re&amp;nouveler le code de secours…</translation>
    </message>
    <message>
        <source>New recovery sheet saved in %1. Print it and keep it somewhere safe. The old sheet no longer opens the registry: destroy it.</source>
        <translation>Nouvelle fiche de secours enregistrée dans %1. Imprimez-la et rangez-la en lieu sûr. L&apos;ancienne fiche n&apos;ouvre plus le registre&#xa0;: détruisez-la.</translation>
    </message>
    <message>
        <source>Backups are copies of the registry encrypted with its own key: they open with the same keyring, passphrase or recovery sheet. Keep them away from this computer, on a USB stick or a network share. Each backup is checked as soon as it is written.</source>
        <translation>Les sauvegardes sont des copies du registre chiffrées avec sa propre clé : elles s&apos;ouvrent avec le même trousseau, la même phrase de passe ou la même fiche de secours. Gardez-les hors de cet ordinateur, sur une clé USB ou un partage réseau. Chaque sauvegarde est vérifiée dès qu&apos;elle est écrite.</translation>
    </message>
    <message>
        <source>None chosen: nothing is backed up</source>
        <translation>Aucun : rien n&apos;est sauvegardé</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>Keep the &amp;last</source>
        <translation>&amp;Garder les</translation>
    </message>
    <message>
        <source>Back up when Registre cl&amp;oses</source>
        <translation>Sauvegarder quand Registre se fe&amp;rme</translation>
    </message>
    <message>
        <source>Back up when Registre closes</source>
        <translation>Sauvegarder quand Registre se ferme</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Sauvegarder mai&amp;ntenant</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Back up every so many hours</source>
        <translation>Sauvegarder toutes les N heures</translation>
    </message>
    <message>
        <source>Never (only by hand)</source>
        <translation>Jamais (seulement à la main)</translation>
    </message>
    <message>
        <source>Back up &amp;every</source>
        <translation>Sauvegarder &amp;toutes les</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than so many days</source>
        <translation>Avertir quand la dernière sauvegarde a plus de N jours</translation>
    </message>
    <message>
        <source>&amp;Warn after</source>
        <translation>Avert&amp;ir après</translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation>Sauvegardes dans ce dossier</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Open the selected backup and check every page of it</source>
        <translation>Ouvrir la sauvegarde choisie et en vérifier chaque page</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>Sa&amp;uvegardes</translation>
    </message>
    <message>
        <source>The setting could not be saved in %1 (%2).</source>
        <translation>Impossible d&apos;enregistrer le réglage dans %1 (%2).</translation>
    </message>
    <message>
        <source>Backups will go to %1.</source>
        <translation>Les sauvegardes iront dans %1.</translation>
    </message>
    <message>
        <source>Choose a folder: until then the registry is not backed up.</source>
        <translation>Choisissez un dossier : d&apos;ici là, le registre n&apos;est pas sauvegardé.</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Aucune sauvegarde dans ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Backing up the registry…</source>
        <translation>Sauvegarde du registre…</translation>
    </message>
    <message>
        <source>The registry itself is unchanged.</source>
        <translation>Le registre lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1.</source>
        <translation>Sauvegarde écrite et vérifiée : %1.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup of %1 is sound: every page checked, %2 customers.</source>
        <translation>La sauvegarde du %1 est saine : chaque page vérifiée, %2 clients.</translation>
    </message>
    <message>
        <source>Language saved: %1.</source>
        <translation>Langue enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Auto-lock saved; it applies from the next unlock.</source>
        <translation>Verrouillage automatique enregistré ; il s&apos;applique dès le prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Close without the new recovery sheet?</source>
        <translation>Fermer sans la nouvelle fiche de secours&#xa0;?</translation>
    </message>
    <message>
        <source>The recovery code was renewed but its sheet is not saved: the old sheet no longer works and the new code will be lost. Renew it again later to get a sheet.

Close anyway?</source>
        <translation>Le code de secours a été renouvelé mais sa fiche n&apos;est pas enregistrée&#xa0;: l&apos;ancienne fiche ne fonctionne plus et le nouveau code sera perdu. Renouvelez-le plus tard pour obtenir une fiche.

Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Registre: settings</source>
        <translation>Registre&#xa0;: réglages</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>Who keeps the customer file, and whom customers can turn to. This appears on the documents Registre prints for customers (information notices, answers to requests).</source>
        <translation>Qui tient le fichier clients, et à qui les clients peuvent s&apos;adresser. Ces informations figurent sur les documents que Registre imprime pour les clients (notices d&apos;information, réponses aux demandes).</translation>
    </message>
    <message>
        <source>The business</source>
        <translation>L&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Name (required)</source>
        <translation>&amp;Nom (obligatoire)</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>e.g. Boulangerie Martin</source>
        <translation>par ex. Boulangerie Martin</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>Adresse de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Business e-mail</source>
        <translation>E-mail de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Téléphone de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Data-protection contact</source>
        <translation>Contact pour la protection des données</translation>
    </message>
    <message>
        <source>The person customers can ask about their data. Often yourself.</source>
        <translation>La personne à qui les clients peuvent poser leurs questions sur leurs données. Souvent vous-même.</translation>
    </message>
    <message>
        <source>Data-protection contact name</source>
        <translation>Nom du contact pour la protection des données</translation>
    </message>
    <message>
        <source>Data-protection contact e-mail</source>
        <translation>E-mail du contact pour la protection des données</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>Téléph&amp;one</translation>
    </message>
    <message>
        <source>Data-protection contact phone</source>
        <translation>Téléphone du contact pour la protection des données</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <source>Where customers can complain about how their data is handled. In France, the CNIL.</source>
        <translation>Où les clients peuvent se plaindre de la façon dont leurs données sont traitées. En France, la CNIL.</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Supervisory authority name</source>
        <translation>Nom de l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <source>Supervisory authority address</source>
        <translation>Adresse de l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <source>Supervisory authority website</source>
        <translation>Site web de l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Fill in the CNI&amp;L</source>
        <translation>Remplir avec la CNI&amp;L</translation>
    </message>
    <message>
        <source>Sa&amp;ve the business details</source>
        <translation>Enre&amp;gistrer les coordonnées</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Finalités</translation>
    </message>
    <message>
        <source>P&amp;urposes</source>
        <translation>F&amp;inalités</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>&amp;Versions of this wording</source>
        <translation>&amp;Versions de ce texte</translation>
    </message>
    <message>
        <source>Versions of this wording</source>
        <translation>Versions de ce texte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Wording shown to customers</source>
        <translation>Texte présenté aux clients</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>En anglais</translation>
    </message>
    <message>
        <source>Purpose name in French</source>
        <translation>Nom de la finalité en français</translation>
    </message>
    <message>
        <source>Purpose name in English</source>
        <translation>Nom de la finalité en anglais</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>Purpose text in French</source>
        <translation>Texte de la finalité en français</translation>
    </message>
    <message>
        <source>Purpose text in English</source>
        <translation>Texte de la finalité en anglais</translation>
    </message>
    <message>
        <source>Saving makes a new version; it does not overwrite the old one. Every earlier version is kept unchanged, as proof of the exact text each customer agreed to.</source>
        <translation>Enregistrer crée une nouvelle version, sans écraser l&apos;ancienne. Chaque version précédente est conservée telle quelle, comme preuve du texte exact que chaque client a accepté.</translation>
    </message>
    <message>
        <source>Save as a &amp;new version</source>
        <translation>Enregistrer comme nouvelle &amp;version</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>Confirm the new passphrase</source>
        <translation>Confirmez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Retirer la phrase de passe…</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>The recovery sheet opens the registry when everything else is lost. Renew the code if the sheet was lost or seen by someone else: a new sheet is made and the old one stops working.</source>
        <translation>La fiche de secours ouvre le registre quand tout le reste est perdu. Renouvelez le code si la fiche a été perdue ou vue par quelqu&apos;un d&apos;autre&#xa0;: une nouvelle fiche est créée et l&apos;ancienne cesse de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The new language applies the next time Registre starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Registre.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature area</source>
        <translation>Zone de signature</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Each person unlocks the registry with a secret of their own; what they record carries their name. Staff record customers, consents and requests; only you hand data out, erase it or change the settings, unless you lend the first two to someone below.</source>
        <translation>Chaque personne déverrouille le registre avec son propre secret ; ce qu&apos;elle enregistre porte son nom. Le personnel enregistre clients, consentements et demandes ; vous seul remettez des données, les effacez ou modifiez les réglages, sauf si vous prêtez les deux premiers à quelqu&apos;un ci-dessous.</translation>
    </message>
    <message>
        <source>New &amp;PIN…</source>
        <translation>Nouveau code &amp;PIN…</translation>
    </message>
    <message>
        <source>My PIN</source>
        <translation>Mon code PIN</translation>
    </message>
    <message>
        <source>My passphrase</source>
        <translation>Ma phrase de passe</translation>
    </message>
    <message>
        <source>You unlock the registry as %1. Change your PIN or passphrase here.</source>
        <translation>Vous déverrouillez le registre en tant que %1. Changez ici votre code PIN ou votre phrase de passe.</translation>
    </message>
    <message>
        <source>Change my &amp;PIN…</source>
        <translation>Changer mon code &amp;PIN…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Changer ma &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>erasure</source>
        <translation>effacement</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>En plus : %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>What %1 may also do</source>
        <translation>Ce que %1 peut faire en plus</translation>
    </message>
    <message>
        <source>What a staff member may also do</source>
        <translation>Ce qu&apos;un membre du personnel peut faire en plus</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Adding the person…</source>
        <translation>Ajout de la personne…</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>phrase de passe</translation>
    </message>
    <message>
        <source>%1 can now unlock the registry with their %2.</source>
        <translation>%1 peut désormais déverrouiller le registre avec son %2.</translation>
    </message>
    <message>
        <source>The system keyring no longer opens the registry by itself: from now on, you unlock it with your passphrase.</source>
        <translation>Le trousseau du système n&apos;ouvre plus le registre à lui seul : désormais, vous le déverrouillez avec votre phrase de passe.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Security to choose your passphrase now?</source>
        <translation>Ouvrir Réglages &gt; Sécurité pour choisir votre phrase de passe maintenant ?</translation>
    </message>
    <message>
        <source>A passphrase for you first</source>
        <translation>D&apos;abord une phrase de passe pour vous</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New PIN or passphrase for %1</source>
        <translation>Nouveau code PIN ou phrase de passe pour %1</translation>
    </message>
    <message>
        <source>Change my PIN or passphrase</source>
        <translation>Changer mon code PIN ou ma phrase de passe</translation>
    </message>
    <message>
        <source>Saving the new PIN…</source>
        <translation>Enregistrement du nouveau code PIN…</translation>
    </message>
    <message>
        <source>From now on, %1 unlocks with the new PIN or passphrase; the old one no longer works.</source>
        <translation>Désormais, %1 déverrouille avec le nouveau code PIN ou la nouvelle phrase de passe ; l&apos;ancien ne fonctionne plus.</translation>
    </message>
    <message>
        <source>%1 may now hand customers a copy of their data (access, portability).</source>
        <translation>%1 peut désormais remettre aux clients une copie de leurs données (accès, portabilité).</translation>
    </message>
    <message>
        <source>%1 may no longer hand customers a copy of their data.</source>
        <translation>%1 ne peut plus remettre aux clients une copie de leurs données.</translation>
    </message>
    <message>
        <source>%1 may now erase customers on request.</source>
        <translation>%1 peut désormais effacer des clients à leur demande.</translation>
    </message>
    <message>
        <source>%1 may no longer erase customers.</source>
        <translation>%1 ne peut plus effacer de clients.</translation>
    </message>
    <message>
        <source>%1&apos;s access is revoked at once: their PIN or passphrase no longer opens the registry. Their name stays on the customers, consents and requests they recorded.</source>
        <translation>L&apos;accès de %1 est retiré immédiatement : son code PIN ou sa phrase de passe n&apos;ouvre plus le registre. Son nom reste sur les clients, consentements et demandes qu&apos;elle ou il a enregistrés.</translation>
    </message>
    <message>
        <source>If they left on bad terms, also change the registry key in Settings &gt; Security: a copy of the files taken before today would still open with their secret.</source>
        <translation>Si cette personne est partie en mauvais termes, changez aussi la clé du registre dans Réglages &gt; Sécurité : une copie des fichiers faite avant aujourd&apos;hui s&apos;ouvrirait encore avec son secret.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Retirer %1 ?</translation>
    </message>
    <message>
        <source>%1 no longer has access to the registry.</source>
        <translation>%1 n&apos;a plus accès au registre.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Unlocks with</source>
        <translation>Déverrouille avec</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Rights lent</source>
        <translation>Droits prêtés</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>May hand customers a &amp;copy of their data (access, portability)</source>
        <translation>Peut remettre aux clients une &amp;copie de leurs données (accès, portabilité)</translation>
    </message>
    <message>
        <source>May &amp;erase customers on request</source>
        <translation>Peut &amp;effacer des clients à leur demande</translation>
    </message>
    <message>
        <source>Everything else (backups, restore, purposes, staff, settings, breach register, extending or refusing requests) stays yours.</source>
        <translation>Tout le reste (sauvegardes, restauration, finalités, personnel, réglages, registre des violations, prolongation ou refus des demandes) vous reste réservé.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling: finishing the current step…</source>
        <translation>Annulation&#xa0;: fin de l&apos;étape en cours…</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Registry folder: {0}</source>
        <translation>Dossier du registre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Type your own PIN or passphrase.</source>
        <translation>Saisissez votre propre code PIN ou phrase de passe.</translation>
    </message>
    <message>
        <source>PIN or &amp;passphrase</source>
        <translation>Code PIN ou &amp;phrase de passe</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>Code PIN ou phrase de passe</translation>
    </message>
    <message>
        <source>Type the passphrase chosen when this registry was created.</source>
        <translation>Saisissez la phrase de passe choisie à la création de ce registre.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code</source>
        <translation>Utiliser le code de &amp;secours</translation>
    </message>
    <message>
        <source>Type the recovery code printed on the recovery sheet: 8 groups of 4 letters and digits.</source>
        <translation>Saisissez le code de secours imprimé sur la fiche de secours&#xa0;: 8 groupes de 4 lettres et chiffres.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Code de secours</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase</source>
        <translation>Utiliser la &amp;phrase de passe</translation>
    </message>
    <message>
        <source>Use the system &amp;keyring</source>
        <translation>Utiliser le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>This registry keeps its key in the system keyring of this computer.</source>
        <translation>Ce registre garde sa clé dans le trousseau du système de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Registre cannot open the registry in this folder.</source>
        <translation>Registre ne peut pas ouvrir le registre de ce dossier.</translation>
    </message>
    <message>
        <source>Unlocking the registry…</source>
        <translation>Déverrouillage du registre…</translation>
    </message>
    <message>
        <source>Open another registry</source>
        <translation>Ouvrir un autre registre</translation>
    </message>
    <message>
        <source>Registre: unlock</source>
        <translation>Registre&#xa0;: déverrouillage</translation>
    </message>
    <message>
        <source>Unlock the registry</source>
        <translation>Déverrouiller le registre</translation>
    </message>
    <message>
        <source>&amp;Who is unlocking?</source>
        <translation>&amp;Qui déverrouille ?</translation>
    </message>
    <message>
        <source>Who is unlocking?</source>
        <translation>Qui déverrouille ?</translation>
    </message>
    <message>
        <source>&amp;Open another registry…</source>
        <translation>&amp;Ouvrir un autre registre…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
</TS>
