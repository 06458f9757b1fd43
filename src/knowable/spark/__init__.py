"""Scale-out: the same pure detectors and assessment as Spark jobs over Parquet.

``export`` writes the store's inputs as Parquet, ``job`` runs every detector and the
assessment on Spark (grouped by customer, Arrow batches), ``load`` brings the signals and
assessments back into the store with their audit events; ``local`` runs the same stages in
one process. Needs the ``spark`` extra (pyspark, pyarrow) and a Java runtime.
"""
