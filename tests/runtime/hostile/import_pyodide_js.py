import pyodide_js
print("should not get here")
