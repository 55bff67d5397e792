package eu.civicai.governance.usage;

import eu.civicai.governance.internal.Constraints;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A model a system uses: name, version, provider, and whether its weights are open.
 *
 * @param name the model name, null when unknown, otherwise not blank
 * @param version the version
 * @param provider who provides it
 * @param openWeights whether its weights are published
 */
public record AiModel(
    @NotBlank @Size(max = 200) @Nullable String name,
    @Size(max = 200) @Nullable String version,
    @Size(max = 200) @Nullable String provider,
    @Nullable Boolean openWeights) {

  /** Checks the components; see the class description for the rules. */
  public AiModel {
    Constraints.checkRecord(AiModel.class, name, version, provider, openWeights);
  }

  /** Returns a model known by its name only. */
  public static AiModel of(String name) {
    return new AiModel(name, null, null, null);
  }

  /** Returns a copy with the version. */
  public AiModel withVersion(String version) {
    return new AiModel(name, version, provider, openWeights);
  }

  /** Returns a copy with the provider. */
  public AiModel withProvider(String provider) {
    return new AiModel(name, version, provider, openWeights);
  }

  /** Returns a copy saying whether the weights are open. */
  public AiModel withOpenWeights(boolean openWeights) {
    return new AiModel(name, version, provider, openWeights);
  }
}
