package eu.civicai.governance.register;

/** A listener's registration; {@link #cancel()} stops further events. Thread-safe. */
@FunctionalInterface
public interface Subscription {
  /** Stops delivering events to the listener; calling it again does nothing. */
  void cancel();
}
