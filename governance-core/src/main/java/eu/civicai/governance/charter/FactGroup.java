package eu.civicai.governance.charter;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts one scope class declares, in declaration order. A scope class creates its group in its
 * first static field and adds each fact to it as the fact is declared; {@link Facts} collects the
 * groups. Only added to while its class is initialised (the JVM runs that once, on one thread),
 * read afterwards.
 */
final class FactGroup {
  private final String id;
  private final List<Fact> facts = new ArrayList<>();

  FactGroup(String id) {
    this.id = id;
  }

  /** Adds a fact to the group and returns it, so that a constant is declared in one expression. */
  <F extends Fact> F add(F fact) {
    facts.add(fact);
    return fact;
  }

  String id() {
    return id;
  }

  List<Fact> facts() {
    return List.copyOf(facts);
  }
}
