<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>%1 — Registre</source>
        <translation>%1 — Registre</translation>
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
        <source>To be answered by %1 (one month; the next working day if that is not one).</source>
        <translation>Réponse due au plus tard le %1 (un mois ; le jour ouvré suivant si ce jour ne l&apos;est pas).</translation>
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
        <source>The setting could not be saved in %1 (%2).</source>
        <translation>Impossible d&apos;enregistrer le réglage dans %1 (%2).</translation>
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
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Registry folder: {0}</source>
        <translation>Dossier du registre&#xa0;: {0}</translation>
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
        <source>&amp;Open another registry…</source>
        <translation>&amp;Ouvrir un autre registre…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
</TS>
