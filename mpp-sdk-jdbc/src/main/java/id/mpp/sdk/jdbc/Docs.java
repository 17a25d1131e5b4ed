package id.mpp.sdk.jdbc;

import id.mpp.sdk.json.MppJson;
import id.mpp.sdk.json.WireDocument;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows' documents: written and read with the SDK's one JSON mapping. */
final class Docs {

  private static final MppJson JSON = MppJson.defaults();
  private static final String SDK_PACKAGE = "id.mpp.sdk.";

  private Docs() {
  }

  static String write(Object value) {
    return JSON.write(value);
  }

  static <T> T read(ResultSet rs, String column, Class<T> type) throws SQLException {
    return JSON.read(rs.getString(column), type);
  }

  /** Reads a document whose type is stored beside it; only the SDK's own wire types load. */
  static WireDocument readTyped(String typeName, String json) {
    if (!typeName.startsWith(SDK_PACKAGE)) {
      throw new IllegalStateException("stored result type is not an SDK type: " + typeName);
    }
    try {
      Class<?> type = Class.forName(typeName, false, Docs.class.getClassLoader());
      if (!WireDocument.class.isAssignableFrom(type)) {
        throw new IllegalStateException("stored result type is not a wire document: " + typeName);
      }
      return (WireDocument) JSON.read(json, type);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("stored result type is unknown to this SDK: " + typeName, e);
    }
  }
}
