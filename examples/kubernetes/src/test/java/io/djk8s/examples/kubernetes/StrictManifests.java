package io.djk8s.examples.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Kubernetes manifests strictly into the fabric8 Kubernetes model: an unknown {@code kind}, a
 * wrong type, or a field the API does not have (a typo such as {@code timeoutSecond}) is a problem.
 * The model classes keep unknown fields in {@code additionalProperties} rather than failing, so
 * after parsing every object of the tree is checked for leftovers.
 */
final class StrictManifests {

  private static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.of(
          "apps/v1/Deployment", Deployment.class,
          "batch/v1/Job", Job.class,
          "v1/Service", Service.class,
          "v1/Secret", Secret.class,
          "v1/ConfigMap", ConfigMap.class);

  private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
  private static final ObjectMapper MODEL =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private StrictManifests() {}

  /**
   * Parses every document of a YAML text.
   *
   * @param source for messages
   * @param yaml the manifests
   * @return the resources, in order
   * @throws IllegalArgumentException listing every problem
   */
  static List<HasMetadata> parse(String source, String yaml) throws IOException {
    List<HasMetadata> resources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int index = 0;
    for (JsonNode document : YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll()) {
      if (document == null || document.isNull() || document.isEmpty()) {
        continue;
      }
      String where = source + " document " + index++;
      String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
      Class<? extends HasMetadata> model = KINDS.get(type);
      if (model == null) {
        problems.add(where + ": unsupported apiVersion/kind " + type);
        continue;
      }
      try {
        HasMetadata resource = MODEL.treeToValue(document, model);
        String name = where + " (" + type + " " + resource.getMetadata().getName() + ")";
        leftovers(resource, name, new IdentityHashMap<>(), problems);
        resources.add(resource);
      } catch (IOException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return resources;
  }

  /** Collects the unknown fields the model kept in {@code additionalProperties}, by path. */
  private static void leftovers(
      Object node, String path, Map<Object, Boolean> seen, List<String> problems) {
    if (node == null || seen.put(node, Boolean.TRUE) != null) {
      return;
    }
    if (node instanceof Collection<?> list) {
      int i = 0;
      for (Object item : list) {
        leftovers(item, path + "[" + i++ + "]", seen, problems);
      }
      return;
    }
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> leftovers(value, path + "." + key, seen, problems));
      return;
    }
    if (!node.getClass().getName().startsWith("io.fabric8.")) {
      return;
    }
    for (Method getter : node.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || !getter.getName().startsWith("get")
          || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value;
      try {
        value = getter.invoke(node);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      if (getter.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
          problems.add(path + ": unknown field(s) " + extra.keySet());
        }
        continue;
      }
      String field =
          Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
      leftovers(value, path + "." + field, seen, problems);
    }
  }
}
