package id.mpp.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every enum a wire document can carry, found by walking the record components of every kind in
 * {@link WireKinds}: a value written by a newer peer is read as the enum's {@code UNKNOWN}
 * constant instead of failing the whole document.
 */
class WireEnumsTest {

  private final MppJson json = MppJson.defaults();

  static Stream<Class<?>> wireEnums() {
    Set<Class<?>> enums = new LinkedHashSet<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    for (WireKinds.WireKind kind : WireKinds.ALL) {
      walk(kind.type(), seen, enums);
    }
    return enums.stream();
  }

  private static void walk(Type type, Set<Class<?>> seen, Set<Class<?>> enums) {
    if (type instanceof ParameterizedType p) {
      walk(p.getRawType(), seen, enums);
      Arrays.stream(p.getActualTypeArguments()).forEach(t -> walk(t, seen, enums));
    } else if (type instanceof WildcardType w) {
      Arrays.stream(w.getUpperBounds()).forEach(t -> walk(t, seen, enums));
    } else if (type instanceof GenericArrayType a) {
      walk(a.getGenericComponentType(), seen, enums);
    } else if (type instanceof Class<?> c && c.getName().startsWith("id.mpp.sdk.")
        && seen.add(c)) {
      if (c.isEnum()) {
        enums.add(c);
      } else if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          if (!rc.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
            walk(rc.getGenericType(), seen, enums);
          }
        }
      }
    }
  }

  @Test
  void wireEnums_whenCollected_coverTheEnumsOfTicketsApplicationsAndTheCatalogue() {
    assertThat(wireEnums().map(Class::getSimpleName)).contains("TicketState", "PriorityClass",
        "ApplicationStatus", "DeliveryChannel", "SkmElement", "HolidayType", "IkmGrade");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wireEnums")
  void wireEnum_hasOneUnknownConstantAsJsonDefault(Class<?> type) {
    List<String> defaults = new ArrayList<>();
    for (Field f : type.getFields()) {
      if (f.isEnumConstant() && f.isAnnotationPresent(JsonEnumDefaultValue.class)) {
        defaults.add(f.getName());
      }
    }

    assertThat(defaults).as("@JsonEnumDefaultValue constants of %s", type.getName())
        .containsExactly("UNKNOWN");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wireEnums")
  void read_whenValueOfANewerPeer_isUnknown(Class<?> type) {
    Object read = json.read("\"A_VALUE_FROM_SDK_V1_99\"", type);

    assertThat(read).isInstanceOf(type).hasToString("UNKNOWN");
  }
}
