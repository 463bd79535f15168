package org.ecosystemmap.api.export;

import java.io.IOException;
import java.io.OutputStream;
import org.ecosystemmap.graphql.connection.Subgraph;

/** Writes a subgraph in one file format. */
interface SubgraphWriter {

    void write(Subgraph subgraph, OutputStream out) throws IOException;
}
