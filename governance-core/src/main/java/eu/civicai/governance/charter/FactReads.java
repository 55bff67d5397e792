package eu.civicai.governance.charter;

import java.util.List;

/** Reads shared by the scope classes of the vocabulary. */
final class FactReads {
  private FactReads() {}

  /** A list the record leaves empty is not documented: its size is unknown, not zero. */
  static Integer sizeOrNull(List<?> list) {
    return list.isEmpty() ? null : list.size();
  }

  static <T> List<T> emptyToNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }
}
