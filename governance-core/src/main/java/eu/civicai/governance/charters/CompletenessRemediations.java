package eu.civicai.governance.charters;

import java.util.Map;

/**
 * What to do about each field of the completeness profiles, and why that register needs it: the
 * remediation of each completeness criterion, in French and English. A field without a text here
 * fails the creation of its charter, so that no remediation falls back on echoing the title.
 */
final class CompletenessRemediations {
  private static final Map<String, String[]> TEXTS =
      Map.ofEntries(
          Map.entry(
              "interconnectes.coll-nom",
              new String[] {
                "Indiquer la collectivité qui porte le projet : la bibliothèque classe et cartographie les usages par porteur.",
                "Name the authority that runs the project: the library lists and maps usages by owner."
              }),
          Map.entry(
              "interconnectes.nom-projet",
              new String[] {
                "Donner au projet un nom court et parlant : c'est le titre de la fiche dans la bibliothèque.",
                "Give the project a short, telling name: it is the record's title in the library."
              }),
          Map.entry(
              "interconnectes.coll-siret",
              new String[] {
                "Indiquer le SIRET de la collectivité : il relie la fiche à l'établissement sans ambiguïté, même quand deux collectivités portent le même nom.",
                "State the authority's SIRET: it ties the record to the establishment unambiguously, even when two authorities share a name."
              }),
          Map.entry(
              "interconnectes.coll-type",
              new String[] {
                "Indiquer le type de collectivité (commune, intercommunalité, département…) : c'est par ce filtre que des collectivités comparables se retrouvent.",
                "State the kind of authority (commune, intercommunality, département…): comparable authorities find each other through this filter."
              }),
          Map.entry(
              "interconnectes.projet-date",
              new String[] {
                "Indiquer la date de démarrage, même au mois près : elle situe l'expérience et sa maturité pour qui veut s'en inspirer.",
                "State the start date, a month will do: it places the experience and its maturity for those who want to learn from it."
              }),
          Map.entry(
              "interconnectes.projet-status",
              new String[] {
                "Indiquer la maturité (idée, expérimentation, déploiement…) : le lecteur sait ainsi si l'usage a fait ses preuves.",
                "State the stage (idea, experimentation, deployment…): readers then know whether the usage has proven itself."
              }),
          Map.entry(
              "interconnectes.projet-contact",
              new String[] {
                "Ajouter au moins un contact : la bibliothèque sert aux collectivités à se parler, ce qu'une fiche sans contact empêche.",
                "Add at least one contact: the library is there for authorities to talk to each other, which a record without a contact prevents."
              }),
          Map.entry(
              "interconnectes.usage-description",
              new String[] {
                "Décrire l'usage en quelques phrases : c'est le texte que lisent les autres collectivités pour savoir s'il les concerne.",
                "Describe the usage in a few sentences: it is the text other authorities read to tell whether it concerns them."
              }),
          Map.entry(
              "interconnectes.mise-en-oeuvre",
              new String[] {
                "Indiquer comment le système a été développé (en régie, par un prestataire, par marché public) : les autres collectivités y voient ce qu'il leur faudrait mobiliser.",
                "State how the system was developed (in-house, by a provider, through public procurement): other authorities see what they would need to mobilise."
              }),
          Map.entry(
              "interconnectes.theme",
              new String[] {
                "Choisir le thème principal : la bibliothèque classe les usages par thème pour la recherche et les statistiques.",
                "Choose the main theme: the library sorts usages by theme for search and statistics."
              }),
          Map.entry(
              "interconnectes.audience-service",
              new String[] {
                "Indiquer à qui s'adresse le service (agents, habitants, entreprises…) : cela dit qui l'IA touche.",
                "State who the service is for (agents, residents, businesses…): it says whom the AI affects."
              }),
          Map.entry(
              "interconnectes.herbergement",
              new String[] {
                "Indiquer le mode d'hébergement (interne, cloud…) : la souveraineté et la sécurité des données en dépendent, et les lecteurs le recherchent.",
                "State the hosting mode (on premises, cloud…): data sovereignty and security depend on it, and readers look for it."
              }),
          Map.entry(
              "interconnectes.nom-algorithme",
              new String[] {
                "Nommer l'algorithme ou le produit utilisé : d'autres collectivités repèrent ainsi qui emploie le même outil.",
                "Name the algorithm or product used: other authorities can then spot who uses the same tool."
              }),
          Map.entry(
              "interconnectes.type-algorithme",
              new String[] {
                "Indiquer les techniques d'IA (apprentissage automatique, IA générative…) : le type d'algorithme conditionne les risques et les obligations.",
                "State the AI techniques (machine learning, generative AI…): the kind of algorithm shapes the risks and the duties."
              }),
          Map.entry(
              "interconnectes.donnees-source",
              new String[] {
                "Indiquer d'où viennent les données (internes, données ouvertes, partenaires…), pour l'usage ou pour chaque jeu de données : la bibliothèque le publie par transparence.",
                "State where the data come from (internal, open data, partners…), for the usage or for each dataset: the library publishes it for transparency."
              }),
          Map.entry(
              "interconnectes.donnees-acces",
              new String[] {
                "Indiquer comment les données sont collectées (capteurs, API, saisie…), pour l'usage ou pour chaque jeu de données : c'est ce qu'une autre collectivité devrait réunir pour reproduire l'usage.",
                "State how the data are collected (sensors, API, manual entry…), for the usage or for each dataset: it is what another authority would have to gather to reproduce the usage."
              }),
          Map.entry(
              "interconnectes.image-url",
              new String[] {
                "Ajouter l'adresse d'une illustration : la bibliothèque présente chaque fiche avec une image.",
                "Add the address of an illustration: the library shows every record with an image."
              }),
          Map.entry(
              "interconnectes.date",
              new String[] {
                "Tenir la fiche dans un registre, qui en date la mise à jour : les lecteurs jugent ainsi si l'information est récente.",
                "Keep the record in a register, which dates its update: readers can then judge whether the information is recent."
              }),
          Map.entry(
              "algoritmeregister.name",
              new String[] {
                "Donner le nom de l'algorithme : c'est l'entrée sous laquelle le public le cherche dans le registre.",
                "Give the algorithm's name: it is the entry under which the public looks for it in the register."
              }),
          Map.entry(
              "algoritmeregister.description-short",
              new String[] {
                "Rédiger un résumé en langage clair (350 caractères au plus) : le registre l'affiche en tête de fiche pour le grand public.",
                "Write a plain-language summary (at most 350 characters): the register shows it at the top of the entry for the general public."
              }),
          Map.entry(
              "algoritmeregister.organization",
              new String[] {
                "Indiquer l'organisation responsable : le registre dit qui répond de l'algorithme.",
                "Name the responsible organisation: the register states who is accountable for the algorithm."
              }),
          Map.entry(
              "algoritmeregister.category",
              new String[] {
                "Choisir le thème : le registre classe les algorithmes par domaine d'action publique.",
                "Choose the theme: the register sorts algorithms by policy area."
              }),
          Map.entry(
              "algoritmeregister.status",
              new String[] {
                "Indiquer le statut (en développement, en service, retiré) : le public sait ainsi si l'algorithme agit sur lui aujourd'hui.",
                "State the status (in development, in use, retired): the public then knows whether the algorithm acts on them today."
              }),
          Map.entry(
              "algoritmeregister.goal",
              new String[] {
                "Décrire l'objectif : le registre demande pourquoi l'algorithme existe, base du jugement de proportionnalité.",
                "Describe the goal: the register asks why the algorithm exists, the basis for judging proportionality."
              }),
          Map.entry(
              "algoritmeregister.proportionality",
              new String[] {
                "Expliquer pourquoi l'IA plutôt qu'une solution plus simple : le registre demande de montrer que l'effet sur les personnes est proportionné au but.",
                "Explain why AI rather than a simpler solution: the register asks to show that the effect on people is proportionate to the goal."
              }),
          Map.entry(
              "algoritmeregister.human-intervention",
              new String[] {
                "Indiquer le niveau de supervision humaine : le registre veut savoir qui décide, la machine ou un agent.",
                "State the level of human oversight: the register wants to know who decides, the machine or an agent."
              }),
          Map.entry(
              "algoritmeregister.risks",
              new String[] {
                "Lister les risques avec leurs mesures : le registre publie les risques identifiés et la façon dont ils sont traités.",
                "List the risks with their measures: the register publishes the risks identified and how they are handled."
              }),
          Map.entry(
              "algoritmeregister.lawful-basis",
              new String[] {
                "Lister les jeux de données et, pour chaque jeu de données personnelles, sa base légale : le registre exige le fondement juridique du traitement.",
                "List the datasets and, for each personal one, its legal basis: the register requires the legal ground of the processing."
              }),
          Map.entry(
              "algoritmeregister.process-index-url",
              new String[] {
                "Relier la fiche à son entrée du registre des traitements (RGPD art. 30) : le registre renvoie vers ce document de référence.",
                "Link the record to its entry in the record of processing (GDPR Art. 30): the register points to that reference document."
              }),
          Map.entry(
              "algoritmeregister.impact-assessment",
              new String[] {
                "Indiquer si une analyse d'impact est requise et où elle en est : le registre publie les analyses menées.",
                "State whether an impact assessment is required and where it stands: the register publishes the assessments made."
              }),
          Map.entry(
              "algoritmeregister.source-data",
              new String[] {
                "Lister les jeux de données utilisés : le registre dit au public sur quelles données l'algorithme s'appuie.",
                "List the datasets used: the register tells the public which data the algorithm relies on."
              }),
          Map.entry(
              "algoritmeregister.methods-and-models",
              new String[] {
                "Indiquer les techniques et si le système continue d'apprendre en service : le registre le demande, car un système qui apprend change de comportement.",
                "State the techniques and whether the system keeps learning in service: the register asks because a learning system changes its behaviour."
              }),
          Map.entry(
              "algoritmeregister.provider",
              new String[] {
                "Indiquer qui a développé le système (en régie ou un prestataire) : le registre nomme le fournisseur, pour savoir qui répond de quoi.",
                "State who developed the system (in-house or a provider): the register names the provider, so that it is clear who answers for what."
              }),
          Map.entry(
              "algoritmeregister.contact-email",
              new String[] {
                "Ajouter une adresse électronique de contact : le registre donne au public un moyen de poser ses questions.",
                "Add a contact email address: the register gives the public a way to ask questions."
              }),
          Map.entry(
              "algoritmeregister.website",
              new String[] {
                "Ajouter un lien vers une page d'information ou vers la fiche publiée : le registre renvoie le lecteur vers plus de détails.",
                "Add a link to an information page or to the published record: the register refers readers to more detail."
              }),
          Map.entry(
              "algoritmeregister.lang",
              new String[] {
                "Indiquer la langue de la fiche : le registre publie chaque fiche avec sa langue.",
                "State the record's language: the register publishes each entry with its language."
              }),
          Map.entry(
              "atrs.tier1.name",
              new String[] {
                "Donner le nom de l'outil : le niveau 1 de l'ATRS le présente au grand public.",
                "Give the tool's name: ATRS tier 1 presents it to the general public."
              }),
          Map.entry(
              "atrs.tier1.description",
              new String[] {
                "Décrire en langage clair ce que fait l'outil : le niveau 1 s'adresse à tout citoyen.",
                "Describe in plain language what the tool does: tier 1 addresses any citizen."
              }),
          Map.entry(
              "atrs.tier1.website",
              new String[] {
                "Ajouter l'adresse d'une page d'information : le niveau 1 renvoie le public vers plus de détails.",
                "Add the address of an information page: tier 1 refers the public to more detail."
              }),
          Map.entry(
              "atrs.tier1.contact",
              new String[] {
                "Ajouter une adresse électronique de contact : le niveau 1 donne au public un interlocuteur.",
                "Add a contact email address: tier 1 gives the public someone to write to."
              }),
          Map.entry(
              "atrs.tier2.organisation",
              new String[] {
                "Nommer la collectivité responsable : le niveau 2 dit qui répond de l'outil.",
                "Name the responsible authority: tier 2 states who is accountable for the tool."
              }),
          Map.entry(
              "atrs.tier2.team",
              new String[] {
                "Nommer l'équipe ou le service responsable : le niveau 2 dit qui fait fonctionner l'outil au quotidien.",
                "Name the team or service in charge: tier 2 says who runs the tool day to day."
              }),
          Map.entry(
              "atrs.tier2.senior-responsible-owner",
              new String[] {
                "Désigner parmi les contacts un responsable du service : l'ATRS exige un responsable senior qui rend des comptes.",
                "Name a service owner among the contacts: the ATRS requires a senior responsible owner who answers for the tool."
              }),
          Map.entry(
              "atrs.tier2.suppliers",
              new String[] {
                "Nommer les fournisseurs et leur rôle, ou indiquer un développement en régie : l'ATRS rend visibles les dépendances extérieures.",
                "Name the suppliers and their role, or state in-house development: the ATRS makes outside dependencies visible."
              }),
          Map.entry(
              "atrs.tier2.procurement",
              new String[] {
                "Pour un marché public, indiquer la procédure d'achat : l'ATRS relie l'outil au contrat qui l'encadre.",
                "For public procurement, state the procedure: the ATRS ties the tool to the contract that governs it."
              }),
          Map.entry(
              "atrs.tier2.scope",
              new String[] {
                "Décrire l'objectif et le périmètre : l'ATRS demande à quoi sert l'outil et où il s'arrête.",
                "Describe the goal and scope: the ATRS asks what the tool is for and where it stops."
              }),
          Map.entry(
              "atrs.tier2.benefit",
              new String[] {
                "Définir au moins un indicateur de bénéfice : l'ATRS demande ce que l'outil apporte.",
                "Define at least one benefit indicator: the ATRS asks what the tool brings."
              }),
          Map.entry(
              "atrs.tier2.alternatives",
              new String[] {
                "Documenter les alternatives étudiées et pourquoi elles n'ont pas été retenues : l'ATRS demande pourquoi cet outil plutôt qu'un autre moyen.",
                "Document the alternatives considered and why they were not chosen: the ATRS asks why this tool rather than another means."
              }),
          Map.entry(
              "atrs.tier2.model-type",
              new String[] {
                "Indiquer les techniques d'IA employées : l'ATRS décrit le type de modèle pour en faire comprendre les limites.",
                "State the AI techniques used: the ATRS describes the model type so that its limits are understood."
              }),
          Map.entry(
              "atrs.tier2.phase",
              new String[] {
                "Indiquer la phase (idée, expérimentation, déploiement…) : l'ATRS distingue un pilote d'un outil en service.",
                "State the phase (idea, experimentation, deployment…): the ATRS tells a pilot from a tool in service."
              }),
          Map.entry(
              "atrs.tier2.process-integration",
              new String[] {
                "Indiquer le rôle du résultat dans la décision (information, aide, décision automatisée) : l'ATRS décrit comment l'outil s'insère dans le processus.",
                "State the output's role in the decision (information, support, automated decision): the ATRS describes how the tool fits the process."
              }),
          Map.entry(
              "atrs.tier2.human-decisions",
              new String[] {
                "Indiquer le niveau de supervision humaine : l'ATRS veut savoir quelles décisions restent à un agent.",
                "State the level of human oversight: the ATRS wants to know which decisions stay with an agent."
              }),
          Map.entry(
              "atrs.tier2.training",
              new String[] {
                "Indiquer si les personnes qui supervisent sont formées : l'ATRS demande quelle formation exige l'usage de l'outil.",
                "State whether the people who oversee are trained: the ATRS asks what training using the tool requires."
              }),
          Map.entry(
              "atrs.tier2.appeals",
              new String[] {
                "Décrire comment contester un résultat ou obtenir une explication : l'ATRS publie les voies de recours.",
                "Describe how to contest an outcome or get an explanation: the ATRS publishes the routes of appeal."
              }),
          Map.entry(
              "atrs.tier2.data-source",
              new String[] {
                "Lister les jeux de données utilisés : l'ATRS décrit les données qui alimentent l'outil.",
                "List the datasets used: the ATRS describes the data that feed the tool."
              }),
          Map.entry(
              "atrs.tier2.risks",
              new String[] {
                "Lister les risques avec leurs mesures d'atténuation : l'ATRS publie les risques et la façon de les réduire.",
                "List the risks with their mitigations: the ATRS publishes the risks and how they are reduced."
              }),
          Map.entry(
              "atrs.tier2.impact-assessments",
              new String[] {
                "Indiquer les analyses d'impact menées (AIPD, analyse d'impact sur les droits fondamentaux) : l'ATRS les cite.",
                "State the impact assessments made (DPIA, fundamental rights impact assessment): the ATRS cites them."
              }));

  private CompletenessRemediations() {}

  /** The French and English remediation of a completeness criterion. */
  static String[] of(String criterionId) {
    String[] texts = TEXTS.get(criterionId);
    if (texts == null) {
      throw new IllegalStateException("no remediation for " + criterionId);
    }
    return texts;
  }
}
