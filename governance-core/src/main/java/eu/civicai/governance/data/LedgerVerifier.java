package eu.civicai.governance.data;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.LedgerVerification.Problem;
import eu.civicai.governance.internal.ByteSink;
import eu.civicai.governance.internal.Check;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a sequence of ledger entries, read from any store or file, by recomputing every hash.
 * Stateless and thread-safe; {@link #verify(Iterable, Checkpoint)} reads each entry once, so memory
 * stays flat for long ledgers, and {@link #verifyInParallel(List, Checkpoint, Executor)} spreads a
 * list of entries over threads.
 *
 * <p>Example:
 *
 * <pre class="example">{@code
 * Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
 * Register register = Register.inMemory(clock);
 * register.addDataset(
 *     Dataset.builder("telereleve")
 *         .name("Télérelève des compteurs")
 *         .personalData(PersonalDataLevel.NONE)
 *         .build());
 * Ledger ledger = Ledger.inMemory(register, clock);
 * ledger.append(LifecycleEvent.collected(DatasetId.of("telereleve")).by("service de l'eau"));
 * Checkpoint checkpoint = ledger.checkpoint();
 * // An auditor verifies entries received from elsewhere against the checkpoint kept apart.
 * LedgerVerification outcome = LedgerVerifier.verify(ledger.entries(), checkpoint);
 * boolean intact = outcome.intact();
 * }</pre>
 */
public final class LedgerVerifier {
  /** Entries per task in parallel verification: large enough that a task outweighs its cost. */
  static final int RUN_LENGTH = 8_192;

  private LedgerVerifier() {}

  /**
   * Verifies the chain of the entries, without a checkpoint: detects modified, inserted, removed
   * and reordered entries, but not a truncation or a whole rewritten history.
   *
   * @param entries the entries in stored order
   * @return the outcome
   */
  public static LedgerVerification verify(Iterable<LedgerEntry> entries) {
    return verify(entries, null);
  }

  /**
   * Verifies the chain of the entries and that they extend {@code checkpoint}: the entry at the
   * checkpoint's count must have its head hash.
   *
   * @param entries the entries in stored order; an entry that cannot be read (a null, or the
   *     iterator throwing a {@link GovernanceException}) is reported as {@code UNREADABLE}, with
   *     the exception's message as the reason
   * @param checkpoint what an auditor kept; null to check the chain only
   * @return the outcome, naming the first bad sequence number
   */
  public static LedgerVerification verify(
      Iterable<LedgerEntry> entries, @Nullable Checkpoint checkpoint) {
    Check.notNull("entries", entries);
    Chain chain = new Chain(1, LedgerFormat.GENESIS_HASH, ChainHasher.GENESIS, checkpoint);
    Iterator<LedgerEntry> it = entries.iterator();
    while (true) {
      LedgerEntry entry;
      try {
        if (!it.hasNext()) {
          break;
        }
        entry = it.next();
      } catch (GovernanceException unreadable) {
        return chain.unreadable(LedgerVerification.Reason.of(unreadable));
      }
      Problem problem = chain.next(entry);
      if (problem != null) {
        return chain.bad(problem);
      }
    }
    return end(chain.expected - 1, checkpoint);
  }

  /**
   * Verifies as {@link #verify(Iterable, Checkpoint)} does, with the same outcome, the entries
   * split into runs of consecutive entries checked at the same time on the executor's threads. This
   * is possible because each entry names the hash it follows: a run starts from the hash its first
   * entry names once the previous run's last entry is seen to have it. A million entries verified
   * 1.7 to 1.9 times as fast on two cores in two runs ({@code docs/benchmarks.md}).
   *
   * <p>The caller owns the executor; on a machine of {@code k} cores, a pool of {@code k} threads
   * suits (the common fork-join pool has {@code k - 1}). Small lists are verified on the calling
   * thread.
   *
   * @param entries the entries in stored order, all in memory, not changed while verified; a null
   *     entry is reported as {@code UNREADABLE}
   * @param checkpoint what an auditor kept; null to check the chain only
   * @param executor where the runs are checked
   * @return the outcome, naming the first bad sequence number, as the sequential verification
   * @throws InvalidInputException when {@code entries} or {@code executor} is null, or the executor
   *     refuses tasks ({@code executor.rejected}, for instance once shut down)
   */
  public static LedgerVerification verifyInParallel(
      List<LedgerEntry> entries, @Nullable Checkpoint checkpoint, Executor executor) {
    return verifyInParallel(entries, checkpoint, executor, RUN_LENGTH);
  }

  /** As the public method, with runs of {@code runLength} entries (tests make short runs). */
  static LedgerVerification verifyInParallel(
      List<LedgerEntry> entries, Checkpoint checkpoint, Executor executor, int runLength) {
    Check.notNull("entries", entries);
    Check.notNull("executor", executor);
    int size = entries.size();
    int runs = (size + runLength - 1) / runLength;
    if (runs <= 1) {
      return verify(entries, checkpoint);
    }
    AtomicInteger firstBadRun = new AtomicInteger(Integer.MAX_VALUE);
    List<CompletableFuture<LedgerVerification>> results = new ArrayList<>(runs);
    try {
      for (int run = 0; run < runs; run++) {
        int index = run;
        results.add(
            CompletableFuture.supplyAsync(
                () -> verifyRun(entries, index, runLength, checkpoint, firstBadRun), executor));
      }
    } catch (RejectedExecutionException refused) {
      firstBadRun.set(-1); // the runs already submitted stop at their next check
      throw new InvalidInputException("executor", "executor.rejected");
    }
    for (CompletableFuture<LedgerVerification> result : results) {
      LedgerVerification outcome = join(result);
      if (outcome != null) {
        return outcome; // runs are read in order: the first bad one holds the first bad entry
      }
    }
    return end(size, checkpoint);
  }

  /** Checks one run; null when sound or skipped because an earlier run already failed. */
  private static LedgerVerification verifyRun(
      List<LedgerEntry> entries,
      int run,
      int runLength,
      Checkpoint checkpoint,
      AtomicInteger firstBadRun) {
    int from = run * runLength;
    int to = Math.min(entries.size(), from + runLength);
    String previous = LedgerFormat.GENESIS_HASH;
    byte[] previousRaw = ChainHasher.GENESIS;
    if (from > 0) {
      LedgerEntry before = entries.get(from - 1);
      // Unreadable, the previous run reports it first; a previous hash of "" matches nothing.
      previous = before == null ? "" : before.hash();
      previousRaw = before == null ? ChainHasher.GENESIS : HexFormat.of().parseHex(previous);
    }
    Chain chain = new Chain(from + 1L, previous, previousRaw, checkpoint);
    for (int i = from; i < to; i++) {
      if ((i & 1023) == 0 && firstBadRun.get() < run) {
        return null; // an earlier run failed: this one's outcome will not be read
      }
      Problem problem = chain.next(entries.get(i));
      if (problem != null) {
        firstBadRun.accumulateAndGet(run, Math::min);
        return chain.bad(problem);
      }
    }
    return null;
  }

  private static LedgerVerification join(CompletableFuture<LedgerVerification> result) {
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The outcome once every entry checked out: a truncation, a checkpoint of an empty ledger. */
  private static LedgerVerification end(long count, Checkpoint checkpoint) {
    if (checkpoint != null && count < checkpoint.count()) {
      return LedgerVerification.bad(count, count + 1, Problem.TRUNCATED);
    }
    if (checkpoint != null
        && checkpoint.count() == 0
        && !checkpoint.headHash().equals(LedgerFormat.GENESIS_HASH)) {
      return LedgerVerification.bad(count, 1, Problem.CHECKPOINT_MISMATCH);
    }
    return LedgerVerification.ok(count);
  }

  /**
   * Starts the verification of a ledger whose entries a store keeps as their canonical bytes
   * ({@link LedgerFormat}): the caller streams each stored row through {@link EncodedChain#next} in
   * stored order, and the bytes go through SHA-256 as they are, without being decoded or encoded
   * again. The outcome is the one {@link #verify(Iterable, Checkpoint)} gives for the same entries,
   * with one difference: what the bytes say is not decoded, so bytes framed as an entry and hashed
   * correctly, yet holding a value no event may have, are only refused when read ({@link
   * LedgerFormat#entry}, as unreadable); such bytes can only come from someone who computes the
   * chain's hashes, against whom the checkpoint is the defence.
   *
   * @param checkpoint what an auditor kept; null to check the chain only
   * @return a new chain at its first entry; not thread-safe: one thread feeds it
   */
  public static EncodedChain encodedChain(@Nullable Checkpoint checkpoint) {
    return new EncodedChain(checkpoint);
  }

  /**
   * Computes the head of a chain from its entries' canonical bytes alone, in stored order: what a
   * store compares with the hash it keeps for its last entry, so that a first pass over an intact
   * ledger reads one column, not two. Each entry's bytes must frame its position (from 1), and the
   * chain runs {@code SHA-256(raw previous hash ‖ bytes)} from the genesis hash, as {@link
   * #encodedChain(Checkpoint)} checks it; nothing is decoded. When every entry's bytes are intact,
   * the head computed equals the hash stored for the last entry; when any entry's bytes were
   * changed, removed, inserted or moved, it does not (or the framing fails first), and the caller
   * runs {@link #encodedChain(Checkpoint)} over the stored rows to name the first bad one. Memory
   * is constant: one entry's bytes at a time.
   *
   * @param canonicalBytes the stored bytes, in stored order; a null element is an unreadable entry
   * @param checkpoint what an auditor kept, or null; its position must be within the chain and hash
   *     to its head
   * @return the chain's length and computed head hash (lower-case hex; the genesis hash for an
   *     empty chain), or null when the bytes cannot be an intact chain: an entry absent or not
   *     framed as its position, or the checkpoint not met (then only {@link #encodedChain} says
   *     what is wrong)
   */
  public static @Nullable Checkpoint encodedHead(
      Iterator<byte @Nullable []> canonicalBytes, @Nullable Checkpoint checkpoint) {
    Check.notNull("canonicalBytes", canonicalBytes);
    MessageDigest sha = ByteSink.sha256();
    byte[] previousRaw = ChainHasher.GENESIS.clone();
    byte[] buffer = new byte[1024];
    long position = 0;
    boolean checkpointMet = checkpoint == null;
    while (canonicalBytes.hasNext()) {
      byte[] bytes = canonicalBytes.next();
      position++;
      if (bytes == null || CanonicalReader.framing(bytes) != position) {
        return null;
      }
      int length = 32 + bytes.length;
      if (buffer.length < length) {
        buffer = new byte[Math.max(length, 2 * buffer.length)];
      }
      System.arraycopy(previousRaw, 0, buffer, 0, 32);
      System.arraycopy(bytes, 0, buffer, 32, bytes.length);
      sha.update(buffer, 0, length);
      try {
        sha.digest(previousRaw, 0, 32);
      } catch (java.security.DigestException e) {
        throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
      }
      if (checkpoint != null && position == checkpoint.count()) {
        checkpointMet = ByteSink.isHexOf(previousRaw, checkpoint.headHash());
        if (!checkpointMet) {
          return null;
        }
      }
    }
    if (!checkpointMet
        && !(checkpoint.count() == 0 && checkpoint.headHash().equals(LedgerFormat.GENESIS_HASH))) {
      return null; // truncated below the checkpoint, or a checkpoint of nothing with a head
    }
    return new Checkpoint(position, ByteSink.hex(previousRaw));
  }

  /**
   * A verification fed one stored entry at a time, from {@link #encodedChain(Checkpoint)}. Not
   * thread-safe.
   */
  public static final class EncodedChain {
    private final MessageDigest sha = ByteSink.sha256();
    private final Checkpoint checkpoint;
    private byte[] buffer = new byte[1024];
    private byte[] previousRaw = ChainHasher.GENESIS.clone();
    private byte[] digest = new byte[32];
    private String previous = LedgerFormat.GENESIS_HASH;
    private long expected = 1;
    private LedgerVerification outcome;

    private EncodedChain(Checkpoint checkpoint) {
      this.checkpoint = checkpoint;
    }

    /**
     * Checks the next stored entry.
     *
     * @param sequence the sequence number stored beside the bytes
     * @param previousHash the previous hash stored beside them (lower-case hex); null fails
     * @param hash the hash stored beside them (lower-case hex); null fails
     * @param canonicalBytes the entry's canonical bytes as stored, not changed; null is an
     *     unreadable entry ({@code ledger.bytes})
     * @return true while the chain holds, false once a problem is found (then {@link #result()}
     *     names it, and later calls change nothing and return false)
     */
    public boolean next(
        long sequence,
        @Nullable String previousHash,
        @Nullable String hash,
        byte @Nullable [] canonicalBytes) {
      if (outcome != null) {
        return false;
      }
      if (canonicalBytes == null) {
        return unreadable(CanonicalReader.malformed("canonicalBytes", "absent"));
      }
      Problem problem = check(sequence, previousHash, hash, canonicalBytes);
      if (problem == Problem.UNREADABLE) {
        return unreadable(CanonicalReader.malformed("canonicalBytes", "framing"));
      }
      if (problem != null) {
        long checked = expected;
        outcome = LedgerVerification.bad(checked, expected, problem);
        return false;
      }
      byte[] swap = previousRaw;
      previousRaw = digest;
      digest = swap;
      previous = hash;
      expected++;
      return true;
    }

    private Problem check(long sequence, String previousHash, String hash, byte[] bytes) {
      if (sequence != expected) {
        return Problem.SEQUENCE_MISMATCH;
      }
      if (!previous.equals(previousHash)) {
        return Problem.PREVIOUS_HASH_MISMATCH;
      }
      long framed = CanonicalReader.framing(bytes);
      if (framed < 0) {
        return Problem.UNREADABLE;
      }
      if (framed != expected) {
        return Problem.HASH_MISMATCH; // the bytes are another position's entry
      }
      // The previous hash and the entry side by side: one digest update, as when appending.
      int length = 32 + bytes.length;
      if (buffer.length < length) {
        buffer = new byte[Math.max(length, 2 * buffer.length)];
      }
      System.arraycopy(previousRaw, 0, buffer, 0, 32);
      System.arraycopy(bytes, 0, buffer, 32, bytes.length);
      sha.update(buffer, 0, length);
      try {
        sha.digest(digest, 0, 32);
      } catch (java.security.DigestException e) {
        throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
      }
      if (!ByteSink.isHexOf(digest, hash)) {
        return Problem.HASH_MISMATCH;
      }
      if (checkpoint != null
          && expected == checkpoint.count()
          && !hash.equals(checkpoint.headHash())) {
        return Problem.CHECKPOINT_MISMATCH;
      }
      return null;
    }

    /**
     * Records that the next entry could not be read (the store's exception, for instance).
     *
     * @param reason why, as the library's exception; its message becomes the outcome's reason
     * @return false, always: the chain stops there
     */
    public boolean unreadable(GovernanceException reason) {
      if (outcome == null) {
        Check.notNull("reason", reason);
        outcome =
            LedgerVerification.unreadable(
                expected - 1, expected, LedgerVerification.Reason.of(reason));
      }
      return false;
    }

    /**
     * Returns the outcome: the first problem found, or, when every entry fed held, the end of the
     * chain checked against the checkpoint (a ledger shorter than it is {@code TRUNCATED}).
     *
     * @return the outcome
     */
    public LedgerVerification result() {
      return outcome != null ? outcome : end(expected - 1, checkpoint);
    }
  }

  /** Returns a chain to check from the first entry, for a ledger replaying its store. */
  static Chain fromGenesis() {
    return new Chain(1, LedgerFormat.GENESIS_HASH, ChainHasher.GENESIS, null);
  }

  /**
   * The chain as checked so far: the next sequence number and the hash it must follow. Verification
   * and {@link Ledger#open} share it, so that a ledger never replays what verification refuses.
   */
  static final class Chain {
    private final ChainHasher hasher = ChainHasher.get(); // of the thread checking this chain
    private final Checkpoint checkpoint;
    private long expected;
    private String previous;
    private byte[] previousRaw;

    Chain(long expected, String previous, byte[] previousRaw, Checkpoint checkpoint) {
      this.expected = expected;
      this.previous = previous;
      this.previousRaw = previousRaw;
      this.checkpoint = checkpoint;
    }

    /** Checks the next entry: null when sound, and it becomes the one the next must follow. */
    Problem next(LedgerEntry entry) {
      if (entry == null) {
        return Problem.UNREADABLE;
      }
      if (entry.sequence() != expected) {
        return Problem.SEQUENCE_MISMATCH;
      }
      if (!entry.previousHash().equals(previous)) {
        return Problem.PREVIOUS_HASH_MISMATCH;
      }
      byte[] recomputed = hasher.hash(previousRaw, expected, entry.event());
      if (!ByteSink.isHexOf(recomputed, entry.hash())) {
        return Problem.HASH_MISMATCH;
      }
      if (checkpoint != null
          && expected == checkpoint.count()
          && !entry.hash().equals(checkpoint.headHash())) {
        return Problem.CHECKPOINT_MISMATCH;
      }
      previous = entry.hash();
      previousRaw = recomputed;
      expected++;
      return null;
    }

    /** The raw hash of the last entry checked (the genesis before the first). */
    byte[] previousRaw() {
      return previousRaw;
    }

    /** The sequence number the next entry must have. */
    long expected() {
      return expected;
    }

    /** The outcome for an entry that could not be read, and why. */
    LedgerVerification unreadable(LedgerVerification.Reason reason) {
      return LedgerVerification.unreadable(expected - 1, expected, reason);
    }

    /** The outcome for a problem found at the expected entry. */
    LedgerVerification bad(Problem problem) {
      long checked = problem == Problem.UNREADABLE ? expected - 1 : expected;
      return LedgerVerification.bad(checked, expected, problem);
    }
  }
}
