package eu.civicai.governance.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * A YAML parser held to the JSON format's rules: YAML's aliases ({@code *a}), anchors on mappings
 * and sequences ({@code &a [...]}) and explicit tags ({@code !!str}) have no place in the library's
 * documents, so each is refused where it appears, with its pointer, line and column. Jackson never
 * expands an alias (it would read it as a text), and refusing the first anchored collection bounds
 * a "billion laughs" document in time and memory. An anchor on a plain value is a label Jackson
 * does not report; the alias that would use it is refused.
 */
final class YamlStrictParser extends JsonParserDelegate {
  private final YAMLParser yaml;

  YamlStrictParser(YAMLParser yaml) {
    super(yaml);
    this.yaml = yaml;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = super.nextToken();
    if (token == null) {
      return null;
    }
    String rule =
        yaml.isCurrentAlias()
            ? "yaml.alias"
            : yaml.getObjectId() != null
                ? "yaml.anchor"
                : yaml.getTypeId() != null ? "yaml.tag" : null;
    if (rule != null) {
      JsonLocation at = yaml.currentTokenLocation();
      String pointer =
          yaml.getParsingContext() == null
              ? ""
              : yaml.getParsingContext().pathAsPointer().toString();
      throw new JsonReadException(pointer, rule).at(at.getLineNr(), at.getColumnNr());
    }
    return token;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    // Through nextToken, so that nothing skipped escapes the checks.
    if (currentToken() != JsonToken.START_OBJECT && currentToken() != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken t = nextToken();
      if (t == null) {
        return this;
      }
      if (t.isStructStart()) {
        open++;
      } else if (t.isStructEnd()) {
        open--;
      }
    }
    return this;
  }
}
