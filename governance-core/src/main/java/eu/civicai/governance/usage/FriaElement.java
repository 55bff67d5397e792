package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/**
 * The elements of a fundamental rights impact assessment, as AI Act Art. 27(1)(a) to (f) lists them
 * (Regulation (EU) 2024/1689; summarised in {@code shared/reference/ANCHORS.md}).
 */
public enum FriaElement implements Labelled {
  /**
   * (a) « a description of the deployer's processes in which the high-risk AI system will be used
   * in line with its intended purpose ».
   */
  PROCESSES(
      "a",
      "Processus du déployeur dans lesquels le système est utilisé conformément à sa destination",
      "Deployer's processes in which the system is used in line with its intended purpose"),
  /**
   * (b) « a description of the period of time within which, and the frequency with which, each
   * high-risk AI system is intended to be used ».
   */
  PERIOD_AND_FREQUENCY(
      "b",
      "Période et fréquence d'utilisation prévues",
      "Period of time and frequency of intended use"),
  /**
   * (c) « the categories of natural persons and groups likely to be affected by its use in the
   * specific context ».
   */
  AFFECTED_CATEGORIES(
      "c",
      "Catégories de personnes physiques et groupes susceptibles d'être concernés",
      "Categories of natural persons and groups likely to be affected"),
  /**
   * (d) « the specific risks of harm likely to have an impact on the categories of natural persons
   * or groups of persons identified pursuant to point (c) […], taking into account the information
   * given by the provider pursuant to Article 13 ».
   */
  RISKS_OF_HARM(
      "d",
      "Risques spécifiques de préjudice pour ces personnes ou groupes",
      "Specific risks of harm to those persons or groups"),
  /**
   * (e) « a description of the implementation of human oversight measures, according to the
   * instructions for use ».
   */
  HUMAN_OVERSIGHT(
      "e",
      "Mise en œuvre des mesures de contrôle humain, conformément à la notice d'utilisation",
      "Implementation of human oversight measures, according to the instructions for use"),
  /**
   * (f) « the measures to be taken in the case of the materialisation of those risks, including the
   * arrangements for internal governance and complaint mechanisms ».
   */
  MEASURES_IF_RISKS_MATERIALISE(
      "f",
      "Mesures en cas de matérialisation des risques, dont gouvernance interne et mécanismes de"
          + " plainte",
      "Measures if the risks materialise, including internal governance and complaint"
          + " mechanisms");

  private final String letter;
  private final String labelFr;
  private final String labelEn;

  FriaElement(String letter, String labelFr, String labelEn) {
    this.letter = letter;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** Returns the letter of the point in Art. 27(1), {@code a} to {@code f}. */
  public String letter() {
    return letter;
  }

  /** Returns the citation of the point, such as {@code AI Act Art. 27(1)(a)}. */
  public String citation() {
    return "AI Act Art. 27(1)(" + letter + ")";
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
