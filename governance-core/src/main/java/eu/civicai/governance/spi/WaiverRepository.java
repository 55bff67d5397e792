package eu.civicai.governance.spi;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.charter.Waiver;
import java.util.List;

/** The waivers granted by each tenant, per usage. Thread-safe; every write is atomic. */
public interface WaiverRepository {

  /**
   * Records a waiver for one of the tenant's usages.
   *
   * @param tenant the tenant that granted it
   * @param waiver the waiver
   * @throws eu.civicai.governance.ConflictException {@code register.notFound} when the tenant has
   *     no such usage, {@code register.duplicate} when the same criterion is already waived from
   *     the same day
   */
  void add(TenantId tenant, Waiver waiver);

  /** Returns the waivers of one of the tenant's usages, by criterion then first day. */
  List<Waiver> list(TenantId tenant, UsageId usage);

  /** Returns every waiver of the tenant, by usage, criterion then first day. */
  List<Waiver> list(TenantId tenant);
}
